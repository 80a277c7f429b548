@testable import Checking
import Foundation
import Testing
import TickmarkModel

@Suite struct CheckerTests {
    typealias F = StatementFixtures

    func checks(_ statement: Statement, rule: CheckRule) -> [StatementCheck] {
        Checker().check(F.document(statement)).content.statements[0].checks.filter { $0.rule == rule }
    }

    @Test func balanceSheetThatFootsAndBalancesPasses() {
        let balance = F.statement(.balance, periods: ["2023-12-31"], [
            F.row("Cash", ["2023-12-31": "400"]),
            F.row("Receivables", ["2023-12-31": "600"]),
            F.row("Total current assets", total: true, ["2023-12-31": "1,000"]),
            F.row("Goodwill", ["2023-12-31": "500"]),
            F.row("Total assets", total: true, concept: "total_assets", ["2023-12-31": "1,500"]),
            F.row("Accounts payable", ["2023-12-31": "700"]),
            F.row("Total liabilities", total: true, concept: "total_liabilities", ["2023-12-31": "700"]),
            F.row("Retained earnings", ["2023-12-31": "800"]),
            F.row("Total equity", total: true, concept: "total_equity", ["2023-12-31": "800"]),
            F.row("Total liabilities and equity", total: true, concept: "total_liabilities_and_equity", ["2023-12-31": "1,500"]),
        ])
        let checked = Checker().check(F.document(balance)).content.statements[0]
        #expect(checked.checks.filter { $0.rule == .totalsFoot }.map(\.status) == [.pass, .pass, .pass, .pass, .pass])
        #expect(checked.checks.first { $0.rule == .balanceSheetBalances }?.status == .pass)
        #expect(checked.lines.allSatisfy { $0.facts.allSatisfy { $0.flags.isEmpty } })
    }

    @Test func totalThatDoesNotFootFailsAndFlagsItsFigures() {
        let balance = F.statement(.balance, periods: ["2023-12-31"], [
            F.row("Cash", ["2023-12-31": "400"]),
            F.row("Receivables", ["2023-12-31": "600"]),
            F.row("Total current assets", total: true, ["2023-12-31": "1,100"]),
        ])
        let checked = Checker().check(F.document(balance)).content.statements[0]
        let foot = checked.checks.filter { $0.rule == .totalsFoot }
        #expect(foot.map(\.status) == [.fail])
        #expect(foot.first?.expected == 1_000_000_000)
        #expect(foot.first?.actual == 1_100_000_000)
        #expect(checked.lines[2].facts[0].flags == ["totals-foot"])
        #expect(checked.lines[0].facts[0].flags == ["totals-foot"])
    }

    @Test func roundingOfPrintedFiguresIsAllowed() {
        let income = F.statement(.income, periods: ["FY2023"], [
            F.row("Product", ["FY2023": "10.4"]),
            F.row("Services", ["FY2023": "20.4"]),
            F.row("Total revenue", total: true, ["FY2023": "30.9"]),
        ])
        #expect(checks(income, rule: .totalsFoot).map(\.status) == [.pass])
    }

    @Test func subtractedSubtotalPassesAndUnlabelledMismatchIsOnlyUnverified() {
        let income = F.statement(.income, periods: ["FY2023"], [
            F.row("Revenue", ["FY2023": "1,000"]),
            F.row("Cost of sales", ["FY2023": "600"]),
            F.row("Gross profit", total: true, ["FY2023": "400"]),
            F.row("Other items", ["FY2023": "7"]),
            F.row("Net income", total: true, ["FY2023": "300"]),
        ])
        #expect(checks(income, rule: .totalsFoot).map(\.status) == [.pass, .skipped])
    }

    @Test func repeatedPeriodKeyFailsDistinctPeriods() {
        let balance = F.statement(.balance, periods: ["2023-12-31", "2023-12-31"], [
            F.row("Cash", ["2023-12-31": "400", "2023-12-31": "350"]),
        ])
        let check = checks(balance, rule: .distinctPeriods)
        #expect(check.map(\.status) == [.fail])
        #expect(check.first?.period == "2023-12-31")
    }

    @Test func durationOnABalanceSheetFailsPeriodTypes() {
        let balance = F.statement(.balance, periods: ["FY2023"], [F.row("Cash", ["FY2023": "400"])])
        #expect(checks(balance, rule: .periodTypes).map(\.status) == [.fail])
    }

    @Test func titleLengthsAreRead() {
        #expect(TitlePeriodLengths.months(in: "Condensed Statements of Operations for the Three and Nine Months Ended September 30") == [3, 9])
        #expect(TitlePeriodLengths.months(in: "13 and 39 Weeks Ended October 28, 2023") == [3, 9])
        #expect(TitlePeriodLengths.months(in: "For the years ended December 31") == [12])
        #expect(TitlePeriodLengths.months(in: "CONSOLIDATED STATEMENTS OF INCOME").isEmpty)
    }

    @Test func yearColumnUnderAQuarterTitleFails() {
        let income = F.statement(.income, title: "Statements of Income for the Three Months Ended December 31",
                                 periods: ["FY2023"], [F.row("Revenue", ["FY2023": "10"])])
        #expect(checks(income, rule: .titlePeriods).map(\.status) == [.fail])
    }

    @Test func cashFlowRollsForwardAndSectionsSum() {
        let cash = F.statement(.cashFlow, periods: ["FY2023"], [
            F.row("Net cash provided by operating activities", total: true, concept: "net_cash_from_operating", ["FY2023": "500"]),
            F.row("Net cash used in investing activities", total: true, concept: "net_cash_from_investing", ["FY2023": "(200)"]),
            F.row("Net cash used in financing activities", total: true, concept: "net_cash_from_financing", ["FY2023": "(250)"]),
            F.row("Effect of exchange rate changes on cash", ["FY2023": "(10)"]),
            F.row("Net increase in cash and cash equivalents", total: true, concept: "net_change_in_cash", ["FY2023": "40"]),
            F.row("Cash and cash equivalents at beginning of year", concept: "cash_beginning_of_period", ["FY2023": "100"]),
            F.row("Cash and cash equivalents at end of year", total: true, concept: "cash_end_of_period", ["FY2023": "140"]),
        ])
        #expect(checks(cash, rule: .cashSectionsSum).map(\.status) == [.pass])
        #expect(checks(cash, rule: .cashRollForward).map(\.status) == [.pass])
    }

    @Test func shareScaleAppliedToDollarsFailsPerShare() {
        // Net income 1,000 million over 500 million shares is 2.00 a share; shares read as 500 (not scaled) are not.
        let good = F.statement(.income, periods: ["FY2023"], [
            F.row("Net income", concept: "net_income", ["FY2023": "1,000"]),
            F.row("Basic", concept: "eps_basic", unit: "USD/shares", ["FY2023": "2.00"]),
            F.row("Weighted average shares, basic", concept: "weighted_average_shares_basic", unit: "shares", ["FY2023": "500000000"]),
        ])
        #expect(checks(good, rule: .perSharePlausible).map(\.status) == [.pass])
        var bad = good
        bad.lines[2].facts[0].value = 500
        #expect(checks(bad, rule: .perSharePlausible).map(\.status) == [.fail])
    }

    @Test func netIncomeOfTheCashFlowStatementMustBeOnTheIncomeStatement() {
        let income = F.statement(.income, periods: ["FY2023"], [F.row("Net income", concept: "net_income", ["FY2023": "300"])])
        let cash = F.statement(.cashFlow, periods: ["FY2023"], [F.row("Net income", concept: "net_income", ["FY2023": "310"])])
        let checked = Checker().check(F.document(income, cash)).content.statements[1]
        #expect(checked.checks.filter { $0.rule == .netIncomeAgrees }.map(\.status) == [.fail])
        #expect(checked.lines[0].facts[0].flags == ["net-income-agrees"])
    }

    @Test func equityWithPeriodsAcrossRollsForwardBetweenBalances() {
        let equity = F.statement(.equity, periods: ["FY2023"], [
            F.row("Balance at beginning of year", ["FY2023": "1,000"]),
            F.row("Net income", ["FY2023": "300"]),
            F.row("Dividends", ["FY2023": "(100)"]),
            F.row("Balance at end of year", ["FY2023": "1,200"]),
        ])
        #expect(checks(equity, rule: .equityRollForward).map(\.status) == [.pass])
    }

    @Test func equityWithPeriodsDownTheRowsRollsForwardPerComponent() {
        var lines = [
            F.row("Balance at December 31, 2022", ["2022-12-31": "1,000"]),
            F.row("Net income", ["FY2023": "300"]),
            F.row("Balance at December 31, 2023", ["2023-12-31": "1,250"]),
        ]
        for index in lines.indices { lines[index].componentColumn = 0 }
        let equity = F.statement(.equity, periods: ["2022-12-31", "FY2023", "2023-12-31"], lines)
        let check = checks(equity, rule: .equityRollForward)
        #expect(check.map(\.status) == [.fail])
        #expect(check.first?.expected == 1_300_000_000)
    }

    @Test func factNoCheckConfirmsIsFlaggedUnchecked() {
        let income = F.statement(.income, periods: ["FY2023"], [F.row("Revenue", ["FY2023": "10"])])
        let checked = Checker().check(F.document(income)).content.statements[0]
        #expect(checked.lines[0].facts[0].flags == [Fact.uncheckedFlag])
    }
}
