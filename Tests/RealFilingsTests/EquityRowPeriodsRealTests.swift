import Foundation
import Testing
import TickmarkModel
import IngestPipeline

/// Equity statements that print components across and periods down the rows get their facts
/// from the rows' periods: one line per row label and component, one fact per year.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct EquityRowPeriodsRealTests {
    /// AAPL FY2015 p44: "Balances as of September 29, 2012 … 6,574,458 … 118,210", "Net income …
    /// 53,394" in the FY2015 block (shares in thousands, amounts in millions).
    @Test func appleEquityValuesTakeTheirRowPeriods() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("pdf/AAPL_10K_FY2015.pdf"))
        let equity = try #require(record.statements.first { $0.kind == .equity })
        #expect(equity.pages == [44])
        #expect(equity.periods.map(\.key) == ["2012-09-29", "FY2013", "2013-09-28", "FY2014", "2014-09-27", "FY2015", "2015-09-26"])
        func line(_ label: String, componentEnding suffix: String) -> Line? {
            equity.lines.first { $0.label == label && ($0.section.last ?? "").hasSuffix(suffix) }
        }
        let netIncome = try #require(line("Net income", componentEnding: "Earnings"))
        #expect(netIncome.facts.map(\.period) == ["FY2013", "FY2014", "FY2015"])
        #expect(netIncome.facts.last?.value == Decimal(53_394_000_000))
        #expect(netIncome.id.hasSuffix("earnings/net-income"))
        let opening = try #require(line("Balances as of September 29, 2012", componentEnding: "Equity"))
        #expect(opening.facts.map(\.period) == ["2012-09-29"])
        #expect(opening.facts.first?.value == Decimal(118_210_000_000))
        let shares = try #require(line("Balances as of September 29, 2012", componentEnding: "Shares"))
        #expect(shares.facts.first?.value == Decimal(6_574_458_000))
        #expect(shares.facts.first?.unit == "shares")
    }
}
