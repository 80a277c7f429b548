import Testing
import TickmarkModel
@testable import StatementRecognition

/// Predecessor and successor stub periods printed as date ranges.
@Suite struct PeriodRangeTests {
    private func span(_ header: String) -> PeriodSpan? {
        DateReader.range(in: PrintedText.words(header)).map { PeriodSpan(kind: .duration, end: $0.end, start: $0.start) }
    }

    @Test func rangesGiveStartEndAndMonths() throws {
        let successor = try #require(span("Successor Period from March 1, 2024 through December 31, 2024 (10 months)"))
        #expect(successor.start?.iso == "2024-03-01")
        #expect(successor.end.iso == "2024-12-31")
        #expect(successor.key == "10M-2024-12-31")
        let predecessor = try #require(span("Predecessor Period from January 1, 2024 through February 29, 2024"))
        #expect(predecessor.start?.iso == "2024-01-01")
        #expect(predecessor.key == "2M-2024-02-29")
        #expect(span("Period from January 1, 2023 to January 31, 2023")?.key == "1M-2023-01-31")
        #expect(span("June 1, 2023 through December 31, 2023")?.key == "7M-2023-12-31")
        #expect(span("Period from January 1, 2024 through December 31, 2024")?.key == "FY2024")
    }

    @Test func otherHeadersAreNoRanges() {
        #expect(span("Year Ended December 31, 2024") == nil)
        #expect(span("December 31, 2024 and 2023") == nil)
        #expect(span("Period from December 31, 2024 through March 1, 2024") == nil)
    }

    @Test func stubColumnsUnderAYearTitleKeepTheirOwnLength() throws {
        var d = SyntheticDocument()
        d.text("CONSOLIDATED STATEMENTS OF OPERATIONS")
        d.text("For the year ended December 31, 2024")
        d.table([
            ["", "Successor", "Predecessor"],
            ["(In millions)", "Period from March 1, 2024 through December 31, 2024",
             "Period from January 1, 2024 through February 29, 2024"],
            ["Revenue", "$ 1,050", "$ 198"],
            ["Cost of revenue", "640", "121"],
            ["Net income", "$ 72", "$ 20"],
        ])
        let s = try #require(StatementFinder().find(in: d.blocks).statements.first)
        #expect(s.periodKeys == ["10M-2024-12-31", "2M-2024-02-29"])
        #expect(s.columns[0].period?.start?.iso == "2024-03-01")
        #expect(s.columns[0].header.hasPrefix("Successor"))
        #expect(s.columns[1].period?.start?.iso == "2024-01-01")
    }

    @Test func balanceSheetColumnsStayInstants() throws {
        var d = SyntheticDocument()
        d.text("CONSOLIDATED BALANCE SHEETS")
        d.table([
            ["(In millions)", "Successor", "Predecessor"],
            ["", "December 31, 2024", "December 31, 2023"],
            ["Cash and cash equivalents", "$ 146", "$ 95"],
            ["Total assets", "2,001", "903"],
            ["Total liabilities", "973", "263"],
        ])
        let s = try #require(StatementFinder().find(in: d.blocks).statements.first)
        #expect(s.periodKeys == ["2024-12-31", "2023-12-31"])
        #expect(s.columns.allSatisfy { $0.period?.kind == .instant })
    }
}
