import Foundation
import IngestPipeline
import TestSupport
import Testing
import TickmarkModel

/// Checks that once failed on real filings, each for a reason about a kind of document: the value
/// we emitted was wrong (a dividend left unscaled, an opening balance dated at the close, lines of
/// a presentation tree lost) or the check expected the wrong thing (an attribution read as a
/// total, a movement taken for a subtotal, UK creditors printed positive).
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct ExplainedChecksRealTests {
    private static func record(_ file: String) throws -> DocumentRecord {
        try Pipeline().run(path: SharedCorpus.path(file))
    }

    private static func failures(_ record: DocumentRecord, _ kind: StatementKind) -> [StatementCheck] {
        record.statements.filter { $0.kind == kind }.flatMap(\.checks).filter { $0.status == .fail }
    }

    private static func fact(_ record: DocumentRecord, _ kind: StatementKind, _ label: String, _ key: String) -> Fact? {
        record.statements.filter { $0.kind == kind }.lazy.flatMap(\.lines).filter { $0.label == label }
            .compactMap { line in line.facts.first { $0.period == key } }.first
    }

    /// UNP 10-K 2012 XBRL: the presentation linkbase writes a fresh locator per arc, so
    /// "Operating revenues [Abstract]" is placed under the statement by one locator and has its
    /// children under another. The children stay under it, above "Total operating revenues".
    @Test func presentationArcsResolveByConceptNotLocator() throws {
        let record = try Self.record("xbrl/UNP_10K_2012/unp-20121231.xml")
        let income = try #require(record.statements.first { $0.kind == .income })
        let labels = income.lines.map(\.label)
        let freight = try #require(labels.firstIndex(of: "Freight revenues"))
        let total = try #require(labels.firstIndex(of: "Total operating revenues"))
        let fuel = try #require(labels.firstIndex(of: "Fuel"))
        let expenses = try #require(labels.firstIndex(of: "Total operating expenses"))
        #expect(freight < total && total < fuel && fuel < expenses)
        #expect(Self.failures(record, .income).isEmpty)
        #expect(Self.failures(record, .balance).isEmpty)
    }

    /// MMM 10-K 2018 p59 "(Dollars in millions, except per share amounts)": "Dividends declared
    /// ($4.44 per share, Note 8) (2,678)" prints its per-share amount in the label; the figure is
    /// the dividends in millions, and every component rolls forward.
    @Test func dividendLabelWithItsPerShareAmountIsDollars() throws {
        let record = try Self.record("pdf/MMM_10K_2018.pdf")
        let dividends = try #require(Self.fact(record, .equity, "Dividends declared ($4.44 per share, Note 8)", "FY2016"))
        #expect(dividends.value == Decimal(-2_678_000_000))
        #expect(dividends.unit == "USD")
        #expect(Self.failures(record, .equity).isEmpty)
    }

    /// AAPL 10-Q for the quarter ended July 1, 2023 p7: each block opens with "Total
    /// shareholders' equity, beginning balances" — an opening balance like "Beginning balances",
    /// never the closing instant the quarter and year-to-date columns share.
    @Test func totalBeginningBalanceIsAnOpeningBalance() throws {
        let record = try Self.record("pdf/AAPL_10Q_FY2023Q3.pdf")
        let equity = try #require(record.statements.first { $0.kind == .equity })
        let opening = try #require(equity.lines.first { $0.label == "Total shareholders’ equity, beginning balances" })
        #expect(opening.facts.map(\.period) == ["3M-2023-07-01", "3M-2022-06-25", "9M-2023-07-01", "9M-2022-06-25"])
        #expect(opening.facts.map(\.value) == [62_158, 67_399, 50_672, 63_090].map { Decimal($0) * 1_000_000 })
        #expect(equity.checks.allSatisfy { $0.status != .fail })
    }

    /// GOOG 10-K 2013, an XBRL instance without linkbases: the standard cash-flow arrangement
    /// holds the exchange-rate effect (−3 million in 2013), so the sections sum to the net change.
    @Test func standardCashFlowArrangementHoldsTheExchangeRateEffect() throws {
        let record = try Self.record("xbrl/GOOG_10K_2013/goog-20131231.xml")
        let effect = try #require(Self.fact(record, .cashFlow, "Effect of Exchange Rate on Cash and Cash Equivalents", "FY2013"))
        #expect(effect.value == Decimal(-3_000_000))
        #expect(Self.failures(record, .cashFlow).isEmpty)
    }

    /// NKE 10-K FY2006 (EDGAR HTML): "Class B — 192.1 and 189.2 shares outstanding 2.7" prints
    /// its counts in millions in the label; the figure is dollars and the equity section foots.
    @Test func stockClassWithCountsInMillionsIsDollars() throws {
        let record = try Self.record("html/NKE_10K_FY2006.htm")
        let classB = try #require(record.statements.first { $0.kind == .balance }?.lines
            .first { $0.label.hasPrefix("Class B") }?.facts.first { $0.period == "2006-05-31" })
        #expect(classB.value == Decimal(2_700_000))
        #expect(classB.unit == "USD")
        #expect(Self.failures(record, .balance).isEmpty)
    }

    /// The totals-foot rule on statements that foot as printed: JD 20-F 2024 p214 (a total split
    /// by "Total comprehensive income attributable to …"), UK abridged accounts (creditors
    /// "falling due within one year" printed positive and subtracted).
    @Test func statementsThatFootPassTotalsFoot() throws {
        for (file, kind) in [("pdf/JD_20F_2024_p1-350.pdf", StatementKind.income),
                             ("ixbrl/UK-CH-10087608_AA_2018-03-31.html", .balance)] {
            let record = try Self.record(file)
            #expect(Self.failures(record, kind).filter { $0.rule == .totalsFoot }.isEmpty, "\(file)")
        }
    }

    /// Small unmarked lines that agree with the lines above them only within a unit are no
    /// subtotals: AWK 10-K 2020 p82 "Liabilities related to assets held for sale" 137 beside
    /// accrued taxes and interest (138), KHC 10-K 2019 p51 OCI lines of 29 and 1, BBY 10-K FY2019
    /// p55 "Other assets" −21 beside receivables and inventories (−20). Their real totals foot.
    @Test func chanceAgreementWithinAUnitIsNoSubtotal() throws {
        for (file, kind) in [("pdf/AWK_10K_2020.pdf", StatementKind.balance), ("pdf/KHC_10K_2019.pdf", .comprehensiveIncome),
                             ("pdf/BBY_10K_FY2019.pdf", .cashFlow)] {
            let record = try Self.record(file)
            let checks = record.statements.filter { $0.kind == kind }.flatMap(\.checks).filter { $0.rule == .totalsFoot }
            #expect(checks.contains { $0.status == .pass }, "\(file)")
            #expect(checks.filter { $0.status == .fail }.isEmpty, "\(file)")
        }
    }

    /// BAC financial supplement Q2 2023: every page is headed "Bank of America Corporation and
    /// Subsidiaries / <title> / (Dollars in millions)". The balance sheet (p6) ends on its page;
    /// p7 "Capital Management" (regulatory capital, ratios) is no continuation of it.
    @Test func aSupplementPageUnderItsOwnTitleIsNoContinuation() throws {
        let record = try Self.record("pdf/BAC_SUPP_2023Q2.pdf")
        let balance = try #require(record.statements.first { $0.kind == .balance })
        #expect(balance.pages == [6])
        #expect(!balance.lines.contains { $0.label.contains("ratio") || $0.label == "Total capital" })
        #expect(balance.lines.contains { $0.label == "Total liabilities and shareholders’ equity" })
        #expect(Self.failures(record, .balance).isEmpty)
    }

    /// JD 20-F 2024 p216: cash "at beginning of year, including … held for sale" 79,451, "Less: …
    /// held for sale" 53, "at beginning of year" 79,398, and the same pair at the end: the net
    /// increase 36,318 rolls the second pair (79,398 + 36,318 = 115,716).
    @Test func cashHeldForSalePairsRollForward() throws {
        let record = try Self.record("pdf/JD_20F_2024_p1-350.pdf")
        let rolls = record.statements.filter { $0.kind == .cashFlow }.flatMap(\.checks).filter { $0.rule == .cashRollForward }
        #expect(rolls.contains { $0.period == "FY2024" && $0.status == .pass && $0.actual == Decimal(115_716_000_000) })
        #expect(rolls.allSatisfy { $0.status == .pass })
    }

    /// BBY 10-K FY2019 p56: "Issuance of common stock 163" beside 35 and 129 above it is a
    /// movement of its own; the printed movements roll the total column forward.
    @Test func equityMovementsAsPrintedRollForward() throws {
        let record = try Self.record("pdf/BBY_10K_FY2019.pdf")
        #expect(Self.failures(record, .equity).isEmpty)
    }
}
