import Foundation
import IngestPipeline
import TestSupport
import Testing
import TickmarkModel

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

    /// PATI 10-Q for June 30, 2023 (fiscal year ending September 30) p7: nine-month blocks open
    /// "Balance as of October 1, 2021 3,415,643 $ 342 … $ 36,116": the instant September 30, 2021.
    @Test func patriotOpeningBalanceOnTheFirstIsTheDayBefore() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("pdf/PATI_10Q_FY2023Q3.pdf"))
        let equity = try #require(record.statements.first { $0.kind == .equity })
        let opening = equity.lines.filter { $0.label == "Balance as of October 1, 2021" }
        #expect(opening.count == 6)
        #expect(opening.allSatisfy { $0.facts.map(\.period) == ["2021-09-30"] })
        #expect(opening.last?.facts.first?.value == Decimal(36_116_000))
        let netIncome = equity.lines.filter { $0.label == "Net income" }.flatMap(\.facts).map(\.period)
        #expect(netIncome.contains("9M-2022-06-30") && netIncome.contains("3M-2023-06-30"))
    }

    /// PATI 10-Q for June 30, 2023 p7, a 10-Q equity statement under "(In thousands)" whose
    /// "Common Stock / Shares" column prints counts in full ("3,415,643") beside "Amount" ("$ 342"),
    /// its headings a blank line above the first row; the income statement prints 3,511 thousand
    /// weighted basic shares. The counts are shares, never dollars, and never scaled by a thousand.
    @Test func patriotShareColumnCountsSharesPrintedInFull() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("pdf/PATI_10Q_FY2023Q3.pdf"))
        let equity = try #require(record.statements.first { $0.kind == .equity })
        func fact(_ label: String, _ component: String, _ period: String) -> Fact? {
            equity.lines.first { $0.label == label && ($0.section.last ?? "").contains(component) }?
                .facts.first { $0.period == period }
        }
        let opening = try #require(fact("Balance as of October 1, 2021", "Shares", "2021-09-30"))
        #expect(opening.value == Decimal(3_415_643))
        #expect(opening.unit == "shares")
        #expect(fact("Exercise of stock options", "Shares", "9M-2022-06-30")?.value == Decimal(46_377))
        #expect(fact("Balance as of June 30, 2023", "Shares", "2023-06-30")?.value == Decimal(3_526_489))
        let amount = try #require(fact("Balance as of October 1, 2021", "Amount", "2021-09-30"))
        #expect(amount.value == Decimal(342_000))
        #expect(amount.unit == "USD")
        let shareChecks = equity.checks.filter { $0.rule == .shareCountsPlausible }
        #expect(!shareChecks.isEmpty && shareChecks.allSatisfy { $0.status == .pass })
    }

    /// ADBE FY2015 p62: "(In thousands)" over a "Shares" column printing counts in thousands
    /// ("600,834"): the statement's scale is the column's, as the weighted shares confirm.
    @Test func adobeShareColumnKeepsTheStatementScale() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("pdf/ADBE_10K_2015.pdf"))
        let equity = try #require(record.statements.first { $0.kind == .equity })
        let shares = equity.lines.filter { ($0.section.last ?? "").hasSuffix("Shares") }.flatMap(\.facts)
        #expect(shares.contains { $0.printed == "600,834" && $0.value == Decimal(600_834_000) && $0.unit == "shares" })
        let shareChecks = equity.checks.filter { $0.rule == .shareCountsPlausible }
        #expect(!shareChecks.isEmpty && shareChecks.allSatisfy { $0.status == .pass })
    }

    /// CVS 10-K 2018 p307: "Number of shares outstanding" heads the share columns only, but
    /// stacks over the dollar columns beside them ("Common Stock and Capital Surplus"): those
    /// stay dollars, the share columns counts, and the counts are checked against the weighted shares.
    @Test func cvsShareGroupHeadingLeavesDollarColumnsDollars() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("pdf/CVS_10K_2018.pdf"))
        let equity = try #require(record.statements.first { $0.kind == .equity })
        func opening(_ component: String) -> Fact? {
            equity.lines.first { $0.label == "Balance at December 31, 2015" && ($0.section.last ?? "").hasSuffix(component) }?
                .facts.first
        }
        #expect(opening("Capital Surplus")?.value == Decimal(30_965_000_000))
        #expect(opening("Capital Surplus")?.unit == "USD")
        #expect(opening("Common Shares")?.value == Decimal(1_699_000_000))
        #expect(opening("Common Shares")?.unit == "shares")
        let shareChecks = equity.checks.filter { $0.rule == .shareCountsPlausible }
        #expect(!shareChecks.isEmpty && shareChecks.allSatisfy { $0.status == .pass })
    }

    /// PFE 10-Q for July 2, 2023 p11: four blocks of the same components on one page (quarter
    /// and six months, this year and last), the later ones untitled, the top heading line of the
    /// last two printed apart; "Balance, January 1, 2022" opens the six months at December 31, 2021.
    @Test func pfizerQuarterAndYearToDateBlocksJoinTheStatement() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("pdf/PFE_10Q_2023Q2.pdf"))
        let equity = try #require(record.statements.first { $0.kind == .equity })
        let keys = Set(equity.periods.map(\.key))
        #expect(keys.isSuperset(of: ["3M-2023-07-02", "3M-2022-07-03", "6M-2023-07-02", "6M-2022-07-03",
                                     "2022-12-31", "2021-12-31", "2023-04-02", "2022-04-03"]))
        let total = { (label: String) in
            equity.lines.first { $0.label == label && ($0.section.last ?? "").hasSuffix("Total Equity") }
        }
        let netIncome = try #require(total("Net income"))
        #expect(netIncome.facts.first { $0.period == "6M-2022-07-03" }?.value == Decimal(17_781_000_000))
        #expect(netIncome.facts.first { $0.period == "3M-2022-07-03" }?.value == Decimal(9_911_000_000))
        // The quarter block and the six-month block both close at July 3, 2022: one fact.
        let closing = try #require(total("Balance, July 3, 2022"))
        #expect(closing.facts.map(\.period) == ["2022-07-03"])
        #expect(closing.facts.first?.value == Decimal(87_469_000_000))
        let opening = try #require(total("Balance, January 1, 2022"))
        #expect(opening.facts.map(\.period) == ["2021-12-31"])
        #expect(opening.facts.first?.value == Decimal(77_462_000_000))
        // Under "Cash dividends declared, per share: $0.80" the rows are dollars, not per share.
        let capital = equity.lines.filter {
            $0.label == "Share-based payment transactions" && ($0.section.last ?? "").hasSuffix("Capital")
        }.flatMap(\.facts).first { $0.period == "6M-2022-07-03" }
        #expect(capital?.value == Decimal(588_000_000))
        #expect(capital?.unit == "USD")
    }

    /// A wide US equity statement (PVH FY2023 p84, "(In millions, except share and per share
    /// data)"): component headings stacked one word per line over each column, "Common Stock" over
    /// "Shares" and "$1 par Value". The sparse columns (share count, par value, treasury stock)
    /// are read; the share count is unscaled and measured in shares; each column keeps only the
    /// heading words printed over it.
    @Test func wideEquityStatementReadsEachComponentColumn() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("pdf/PVH_AR_FY2023.pdf"))
        let equity = try #require(record.statements.first { $0.kind == .equity })
        #expect(equity.pages == [84])
        let components = Set(equity.lines.compactMap(\.section.last))
        #expect(components == ["Redeemable Non-Controlling Interest", "Preferred Stock", "Common Stock Shares", "$1 par Value",
                               "Additional Paid-In Capital- Common Stock", "Retained Earnings",
                               "Accumulated Other Comprehensive Loss", "Treasury Stock", "Total Stockholders’ Equity"])
        func fact(_ label: String, _ component: String, _ period: String) -> Fact? {
            equity.lines.first { $0.label == label && $0.section.last == component }?.facts.first { $0.period == period }
        }
        let shares = try #require(fact("January 29, 2023", "Common Stock Shares", "2023-01-29"))
        #expect(shares.value == Decimal(87_641_611) && shares.unit == "shares")
        #expect(fact("Settlement of awards under stock plans", "Common Stock Shares", "FY2023")?.value == Decimal(534_456))
        #expect(fact("January 29, 2023", "$1 par Value", "2023-01-29")?.value == Decimal(87_600_000))
        #expect(fact("January 29, 2023", "Treasury Stock", "2023-01-29")?.value == Decimal(-2_359_400_000))
        #expect(fact("January 29, 2023", "Additional Paid-In Capital- Common Stock", "2023-01-29")?.value == Decimal(3_244_500_000))
    }

    /// An equity statement with its years across, each year a "Shares" and an "Amount" column
    /// (PepsiCo FY2021 p66, "(in millions except per share amounts)"): the share counts are a line
    /// of their own under the component ("Common Stock" › "Common Stock Shares"), in millions of shares, and
    /// no period is named by two columns.
    @Test func shareColumnsBesideEachYearsAmountAreShareLines() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("pdf/PEP_10K_2021.pdf"))
        let equity = try #require(record.statements.first { $0.kind == .equity })
        #expect(Set(equity.periods.map(\.key)).count == equity.periods.count)
        let closing = equity.lines.filter { $0.label == "Balance, end of year" && $0.section.first == "Common Stock" }
        let shares = try #require(closing.first { $0.section.last == "Common Stock Shares" }?.facts.first { $0.period == "2021-12-25" })
        #expect(shares.value == Decimal(1_383_000_000) && shares.unit == "shares")
        let amount = try #require(closing.first { $0.section == ["Common Stock"] }?.facts.filter { $0.period == "2021-12-25" })
        #expect(amount.map(\.value) == [Decimal(23_000_000)])
    }
}
