@testable import Checking
import Foundation
import Testing
import TickmarkModel

/// `share-counts-plausible` on an equity statement with components across (a 10-Q's
/// statement of shareholders' equity beside its income statement's weighted shares).
@Suite struct ShareCountCheckTests {
    typealias F = StatementFixtures

    /// An income statement printing 3.5 million weighted basic shares.
    private let income = F.statement(.income, periods: ["FY2023"], [
        F.row("Basic", concept: "weighted_average_shares_basic", unit: "shares", ["FY2023": "3,511,000"]),
    ])

    /// Two component columns: `first` (in `unit`, printed as given) and total equity in dollars.
    private func equity(_ first: String, unit: String, header: String) -> Statement {
        var lines = [
            F.row("Balance at December 31, 2022", unit: unit, ["2022-12-31": first]),
            F.row("Balance at December 31, 2022", ["2022-12-31": "36"]),
            F.row("Net income", ["FY2023": "2"]),
            F.row("Balance at December 31, 2023", unit: unit, ["2023-12-31": first]),
            F.row("Balance at December 31, 2023", ["2023-12-31": "38"]),
        ]
        for (index, column) in [0, 1, 1, 0, 1].enumerated() {
            lines[index].componentColumn = column
            lines[index].component = column == 0 ? header : "Total equity"
        }
        return F.statement(.equity, periods: ["2022-12-31", "FY2023", "2023-12-31"], lines)
    }

    private func shareChecks(_ equity: Statement) -> (checks: [StatementCheck], statement: Statement) {
        let checked = Checker().check(F.document(income, equity)).content.statements[1]
        return (checked.checks.filter { $0.rule == .shareCountsPlausible }, checked)
    }

    @Test func shareCountOfTheSizeOfTheWeightedSharesPasses() {
        #expect(shareChecks(equity("3,415,643", unit: "shares", header: "Common Stock Shares")).checks.map(\.status) == [.pass])
    }

    @Test func shareCountAThousandTimesTooLargeFailsAndFlagsItsColumn() {
        let (checks, statement) = shareChecks(equity("3,415,643,000", unit: "shares", header: "Common Stock Shares"))
        #expect(checks.map(\.status) == [.fail])
        #expect(statement.lines[0].facts[0].flags == ["share-counts-plausible"])
        #expect(statement.lines[1].facts[0].flags != ["share-counts-plausible"])
    }

    @Test func dollarColumnPrintingTheShareCountFails() {
        // "3,415,643" read as dollars "in millions": the column printed the share count.
        let (checks, statement) = shareChecks(equity("3,415,643", unit: "USD", header: ""))
        #expect(checks.map(\.status) == [.fail])
        #expect(statement.lines[3].facts[0].flags == ["share-counts-plausible"])
        // A dollar column of another size, or headed by a dollar component, is no share count.
        #expect(shareChecks(equity("342", unit: "USD", header: "")).checks.isEmpty)
        #expect(shareChecks(equity("3,415,643", unit: "USD", header: "Retained earnings")).checks.isEmpty)
    }
}
