import Foundation
import Testing
import TickmarkModel
@testable import Normalization

@Suite struct RowPeriodLinesTests {
    private static func date(_ year: Int) -> CalendarDate { CalendarDate(year: year, month: 12, day: 31)! }
    private static func balance(_ year: Int) -> PeriodSpan { PeriodSpan(kind: .instant, end: date(year)) }
    private static func year(_ year: Int) -> PeriodSpan {
        PeriodSpan(kind: .duration, end: date(year), start: date(year - 1).adding(days: 1))
    }

    private func row(_ label: String, _ cells: [String?], period: PeriodSpan?) -> RecognizedRow {
        RecognizedRow(label: label, section: [], depth: 0, isTotal: false,
                      cells: cells.map { text in text.map { RecognizedCell(printed: $0, locator: Locator(page: 5)) } },
                      period: period)
    }

    private func statement() -> (Statement, [Diagnostic]) {
        let recognized = RecognizedStatement(
            kind: .equity, title: "STATEMENTS OF EQUITY", pages: [5], scale: Scale(exponent: 6), currency: "USD",
            columns: [PeriodColumn(header: "Retained earnings", period: nil), PeriodColumn(header: "Total equity", period: nil)],
            rows: [
                row("Balance at December 31, 2016", ["5,000", "6,000"], period: Self.balance(2016)),
                row("Net income", ["700", "700"], period: Self.year(2017)),
                row("Balance at December 31, 2017", ["5,700", "6,700"], period: Self.balance(2017)),
                row("Net income", ["900", "900"], period: Self.year(2018)),
                row("Dividends", [nil, "(100)"], period: Self.year(2018)),
                row("Balance at December 31, 2018", ["6,600", "7,500"], period: Self.balance(2018)),
            ],
            tableIndexes: [0])
        var diagnostics: [Diagnostic] = []
        return (Normalizer().normalize(recognized, diagnostics: &diagnostics), diagnostics)
    }

    @Test func oneLinePerRowLabelAndComponentWithAFactPerPeriod() throws {
        let (s, diagnostics) = statement()
        #expect(diagnostics.isEmpty)
        #expect(s.periods.map(\.key) == ["2016-12-31", "FY2017", "2017-12-31", "FY2018", "2018-12-31"])
        #expect(s.lines.map(\.label) == [
            "Balance at December 31, 2016", "Balance at December 31, 2016", "Net income", "Net income",
            "Balance at December 31, 2017", "Balance at December 31, 2017", "Dividends",
            "Balance at December 31, 2018", "Balance at December 31, 2018",
        ])
        let retainedIncome = try #require(s.lines.first { $0.label == "Net income" && $0.component == "Retained earnings" })
        #expect(retainedIncome.section == ["Retained earnings"])
        #expect(retainedIncome.facts.map(\.period) == ["FY2017", "FY2018"])
        #expect(retainedIncome.facts.map(\.value) == [Decimal(700_000_000), Decimal(900_000_000)])
        let dividends = try #require(s.lines.first { $0.label == "Dividends" })
        #expect(dividends.component == "Total equity")
        #expect(dividends.facts.map(\.value) == [Decimal(-100_000_000)])
        #expect(s.lines[0].facts.map(\.period) == ["2016-12-31"])
    }

    @Test func shareColumnsCountShares() {
        #expect(RowPeriodLines.countsShares("Common Stock and Additional Paid-In Capital Shares"))
        #expect(RowPeriodLines.countsShares("Shares"))
        #expect(!RowPeriodLines.countsShares("Treasury stock"))
        #expect(RowPeriodLines.countsShares("Treasury stock Additional Shares RMB (in millions, except share data)"))
        #expect(!RowPeriodLines.countsShares("Ordinary shares Additional Amount RMB (in millions, except share data)"))
        #expect(RowPeriodLines.countsShares("Common Stock (Accumulated Shares"))
        #expect(RowPeriodLines.countsShares("Common Stock Additional Shares (000’s)"))
        #expect(RowPeriodLines.ownScale("Common Stock Additional Shares (000’s)") == 3)
        #expect(RowPeriodLines.ownScale("Treasury stock Shares RMB (in millions, except share data)") == nil)
    }

    @Test func dollarsInMillionsLeavesShareCountsUnscaled() {
        #expect(RowPeriodLines.scaleRules(for: Scale(exponent: 6, printed: "(Dollars in millions)")).shares == 0)
        #expect(RowPeriodLines.scaleRules(for: Scale(exponent: 6, printed: "(Dollars in millions)")).money == 6)
        #expect(RowPeriodLines.scaleRules(for: Scale(exponent: 6, printed: "In millions")).shares == 6)
    }
}

/// A share column of an equity statement whose heading names no scale: the document's weighted
/// basic shares tell counts printed in full ("Shares 3,415,643" under "(In thousands)", a 10-Q)
/// from counts printed in the statement's scale ("Shares 600,834" in thousands).
@Suite struct ShareColumnScaleTests {
    private static let opening = PeriodSpan(kind: .instant, end: CalendarDate(year: 2022, month: 9, day: 30)!)

    private func shares(_ printed: String, weighted: [Decimal], scale: String = "(In thousands)") -> Fact? {
        let cell = RecognizedCell(printed: printed, locator: Locator(page: 7))
        let recognized = RecognizedStatement(
            kind: .equity, title: "STATEMENTS OF SHAREHOLDERS’ EQUITY", pages: [7], scale: Scale(exponent: 3, printed: scale),
            currency: "USD", columns: [PeriodColumn(header: "Common Stock Shares", period: nil)],
            rows: [RecognizedRow(label: "Balance as of September 30, 2022", section: [], depth: 0, isTotal: false,
                                 cells: [cell], period: Self.opening)],
            tableIndexes: [0])
        var diagnostics: [Diagnostic] = []
        return Normalizer().normalize(recognized, weightedShares: weighted, diagnostics: &diagnostics).lines.first?.facts.first
    }

    @Test func countsPrintedInFullTakeNoDollarScale() {
        let fact = shares("3,415,643", weighted: [3_511_000])
        #expect(fact?.value == Decimal(3_415_643))
        #expect(fact?.unit == "shares")
    }

    @Test func countsPrintedInTheStatementScaleKeepIt() {
        #expect(shares("600,834", weighted: [498_000_000])?.value == Decimal(600_834_000))
        // Without weighted shares to compare, the statement's scale stands (and the check judges it).
        #expect(shares("3,415,643", weighted: [])?.value == Decimal(3_415_643_000))
        // A share phrase of the statement's decides alone.
        #expect(shares("3,416", weighted: [3_511], scale: "(In thousands, shares in thousands)")?.value == Decimal(3_416_000))
    }
}
