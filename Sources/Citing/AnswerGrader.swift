import Foundation

/// `cite grade`: a first pass for the reviewer — which criteria's expected numbers appear in a
/// model's answer, however it writes them (`$1.58 billion`, `1,577 million`, `(1,577)`, `1.6bn`,
/// `12.5%`), rounding allowed to the precision the answer prints. A number written without a
/// scale word is read in the criterion's scale or as written.
public enum AnswerGrader {
    /// The verdict on one criterion: the spans of the answer that state its expected value.
    public struct Verdict: Sendable, Codable, Equatable {
        public var index: Int
        public var text: String
        public var expected: String?
        public var found: Bool
        public var spans: [Span]
    }

    /// A matched number: its text and character offsets in the answer.
    public struct Span: Sendable, Codable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
    }

    public static func grade(_ task: TaskFile, answer: String) -> [Verdict] {
        let numbers = PrintedNumber.all(in: answer)
        return task.criteria.enumerated().map { i, criterion in
            guard let expectedText = criterion.expected, let expected = PrintedNumber(expectedText),
                  let factor = TaskFile.factor(of: criterion.scale) else {
                return Verdict(index: i + 1, text: criterion.text, expected: criterion.expected, found: false, spans: [])
            }
            let tolerance = (criterion.tolerance.flatMap { PrintedNumber($0)?.value } ?? 0) * factor
            let spans = numbers.filter { matches($0, expected: expected.value * factor, scale: factor, unit: criterion.unit, tolerance: tolerance) }
                .map { Span(text: $0.text, start: $0.range.lowerBound, end: $0.range.upperBound) }
            return Verdict(index: i + 1, text: criterion.text, expected: expectedText, found: !spans.isEmpty, spans: spans)
        }
    }

    /// Whether a number of the answer states `expected` (full units; a ratio for unit `ratio`,
    /// percent points for unit `percent`), at the precision it is printed, in magnitude.
    static func matches(_ number: PrintedNumber, expected: Decimal, scale: Decimal, unit: String?, tolerance: Decimal) -> Bool {
        var readings: [(value: Decimal, halfUnit: Decimal)] = [(number.value, number.halfUnit)]
        if number.isPercent, unit?.lowercased() == "ratio" { readings = [(number.value / 100, number.halfUnit / 100)] }
        if !number.hasScaleWord, !number.isPercent, scale != 1 { readings.append((number.value * scale, number.halfUnit * scale)) }
        return readings.contains { (($0.value.magnitude - expected.magnitude).magnitude <= $0.halfUnit + tolerance) }
    }
}
