import Foundation
import IngestPipeline
import TestSupport
import Testing
import TickmarkModel

/// XBRL instances tag debit movements and gains positive and present them with a negated label
/// in their presentation linkbase (`negatedLabel`): the filer's own sign, which the self-checks
/// use instead of guessing deductions from words. The tagged values themselves are kept.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct XBRLNegatedPresentationRealTests {
    private static func statement(_ file: String, _ kind: StatementKind) throws -> Statement {
        let record = try Pipeline().run(path: SharedCorpus.path(file))
        return try #require(record.statements.first { $0.kind == kind })
    }

    /// AAPL 10-K FY2015: dividends (11,627) and repurchases (36,026) tagged positive and shown
    /// negated; with five deduction-like movements the word rule could not roll the total.
    @Test func equityMovementsPresentedNegatedRollForward() throws {
        let equity = try Self.statement("xbrl/AAPL_10K_FY2015/aapl-20150926.xml", .equity)
        let dividends = try #require(equity.lines.first { $0.xbrlConcept == "aapl:DividendsAndDividendEquivalentsDeclaredOnCommonStockAndRestrictedStockUnits" })
        #expect(dividends.isPresentedNegated)
        #expect(dividends.facts.first { $0.period == "FY2015" }?.value == Decimal(11_627_000_000))
        let rolls = equity.checks.filter { $0.rule == .equityRollForward }
        #expect(rolls.map(\.period) == ["FY2015", "FY2014", "FY2013"])
        #expect(rolls.allSatisfy { $0.status == .pass })
    }

    /// NFLX 10-K 2009: the gains on disposal (7,196) and on the legal settlement (7,000) sit in
    /// the operating expenses, presented negated: 70,979 + 218,212 + 52,404 − 7,196 − 7,000 = 327,399.
    @Test func gainsPresentedNegatedAmongExpensesFoot() throws {
        let income = try Self.statement("xbrl/NFLX_10K_2009/nflx-20091231.xml", .income)
        let settlement = try #require(income.lines.first { $0.label == "Gain on legal settlement" })
        #expect(settlement.isPresentedNegated)
        #expect(income.checks.filter { $0.status == .fail }.isEmpty)
    }
}
