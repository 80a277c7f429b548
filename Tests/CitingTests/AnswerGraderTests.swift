import Citing
import Testing

/// Grading finds an expected value however the answer writes it.
@Suite struct AnswerGraderTests {
    private func task(expected: String, scale: String? = "millions", unit: String = "USD") -> TaskFile {
        TaskFile(id: "t", prompt: "", sources: [], assumptions: nil, criteria: [
            .init(text: "value", citations: nil, expression: nil, expected: expected, scale: scale, unit: unit, tolerance: nil, accept: nil),
        ])
    }

    @Test func findsTheNumberInSeveralStyles() {
        let expected = task(expected: "1,577")
        for answer in ["Capex was $1.58 billion.", "It spent 1,577 million.", "Capex: (1,577)", "roughly 1.6bn in total",
                       "$1,577,000,000 was spent"] {
            let verdict = AnswerGrader.grade(expected, answer: answer)[0]
            #expect(verdict.found, "\(answer)")
        }
        #expect(!AnswerGrader.grade(expected, answer: "Capex was $1.49 billion, up from 1,412 million.")[0].found)
    }

    @Test func reportsTheMatchedSpan() {
        let verdict = AnswerGrader.grade(task(expected: "827"), answer: "Free cash flow was $827 million in 2024.")[0]
        #expect(verdict.spans.map(\.text) == ["$827 million"])
        #expect(verdict.spans[0].start == 19 && verdict.spans[0].end == 31)
    }

    @Test func readsPercentagesForPercentAndRatioCriteria() {
        #expect(AnswerGrader.grade(task(expected: "9.34", scale: nil, unit: "percent"), answer: "growth of 9.3%")[0].found)
        #expect(AnswerGrader.grade(task(expected: "0.0934", scale: nil, unit: "ratio"), answer: "growth of 9.34%")[0].found)
        #expect(!AnswerGrader.grade(task(expected: "9.34", scale: nil, unit: "percent"), answer: "growth of 8.1%")[0].found)
    }
}
