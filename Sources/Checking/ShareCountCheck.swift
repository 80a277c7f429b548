import Foundation
import Normalization
import TickmarkModel

/// `share-counts-plausible`: the share counts of an equity statement are of the size of the
/// weighted basic shares an income statement of the same document prints, and its dollar columns
/// carry no share counts. Catches a scale misapplied between shares and dollars: a "Shares" column
/// printed in full under "(In thousands)" read a thousand times too large, counts in thousands
/// read as units, or a share column read as dollars (its figures, as printed, are the share count
/// while the dollar scale multiplies them).
///
/// One check per component column (or per line, where periods run across); it fails on the whole
/// column, whose movements share the misread scale. A pass confirms nothing: the window is wide.
struct ShareCountCheck {
    /// Share counts lie within this factor of the weighted basic shares (treasury and issued
    /// shares differ from outstanding ones, but not by a thousand times).
    static let factor: Decimal = 10
    /// A dollar figure this close to the weighted basic shares, as printed, is a share count.
    static let closeness: Decimal = 1.25

    /// `equityStatements` is the number of equity statements of the document: a combined filing
    /// prints one per registrant, and a registrant whose income statement prints no weighted
    /// shares (a wholly owned utility beside its parent) has share counts of its own — such
    /// statements are not compared.
    func checks(_ values: StatementValues, incomeStatements: [StatementValues], equityStatements: Int) -> [StatementCheck] {
        let withShares = incomeStatements.filter { !$0.lines(withRole: .sharesBasic).isEmpty }
        guard values.statement.kind == .equity, equityStatements <= withShares.count else { return [] }
        let weighted = withShares.flatMap { income in
            income.lines(withRole: .sharesBasic).flatMap { line in
                income.lines[line].valueFacts.filter { $0.unit == "shares" }.compactMap(\.value).filter { $0 > 0 }
            }
        }
        guard let least = weighted.min(), let most = weighted.max() else { return [] }
        let groups = Dictionary(grouping: values.lines.indices) { values.lines[$0].componentColumn ?? -1 - $0 }
        let shareGroups = groups.filter { _, lines in lines.contains { !counts(values, $0, unit: "shares").isEmpty } }
        let largest = shareGroups.max { balance(values, $0.value) < balance(values, $1.value) }?.key
        var results: [StatementCheck] = []
        for (key, lines) in shareGroups.sorted(by: { $0.key < $1.key }) {
            let figures = lines.flatMap { counts(values, $0, unit: "shares") }
            let top = figures.map(\.magnitude).max() ?? 0
            // A column of movements only (no balance read) has no size to compare from below.
            let floor = key == largest ? least / Self.factor : 0
            let biggest = balance(values, lines)
            let plausible = top <= most * Self.factor && (biggest == 0 || biggest >= floor)
            results.append(StatementCheck(
                rule: .shareCountsPlausible, period: nil, status: plausible ? .pass : .fail,
                expected: nearest(to: biggest, in: weighted), actual: biggest, lineIndexes: lines,
                note: plausible ? nil : "share counts are not of the size of the weighted basic shares of the income statement"))
        }
        results += dollarColumnsHoldingCounts(values, groups: groups, weighted: weighted)
        return results
    }

    /// A component column read as dollars under a dollar scale whose every balance, as printed,
    /// lies within `closeness` of a weighted share count: a share column whose heading was not
    /// read ("Shares" printed apart from the table, or no heading at all).
    private func dollarColumnsHoldingCounts(_ values: StatementValues, groups: [Int: [Int]],
                                            weighted: [Decimal]) -> [StatementCheck] {
        let scale = Decimal(values.statement.scale)
        guard scale > 1 else { return [] }
        return groups.filter { $0.key >= 0 }.sorted { $0.key < $1.key }.compactMap { _, lines -> StatementCheck? in
            guard namesStockOrNothing(values.lines[lines[0]].component) else { return nil }
            let printed = lines.filter { isBalance(values, $0) }
                .flatMap { counts(values, $0, unit: nil) }.map { $0 / scale }
            guard !printed.isEmpty, printed.allSatisfy({ figure in
                weighted.contains { figure * Self.closeness >= $0 && figure <= $0 * Self.closeness }
            }) else { return nil }
            let figure = printed.max() ?? 0
            return StatementCheck(rule: .shareCountsPlausible, period: nil, status: .fail,
                                  expected: nearest(to: figure, in: weighted), actual: figure * scale, lineIndexes: lines,
                                  note: "a dollar column prints the weighted basic share count: shares read as dollars")
        }
    }

    /// A component heading left empty, or one naming stock or shares (not its dollar amount).
    private func namesStockOrNothing(_ component: String?) -> Bool {
        let words = LabelText.foldDroppingAsides(component ?? "").split(separator: " ").map(String.init)
        if words.isEmpty { return true }
        let amounts: Set<String> = ["amount", "par", "value", "paid", "capital", "treasury", "surplus"]
        return words.contains { $0 == "stock" || $0.hasPrefix("share") } && !words.contains(where: amounts.contains)
    }

    /// The line's non-zero values in `unit` (any dollar unit when nil).
    private func counts(_ values: StatementValues, _ line: Int, unit: String?) -> [Decimal] {
        values.lines[line].valueFacts.filter { fact in
            unit.map { fact.unit == $0 } ?? (fact.unit != "shares" && fact.unit?.contains("/") == false)
        }.compactMap(\.value).filter { $0 != 0 }
    }

    /// The largest balance of share counts on the lines (0 when none).
    private func balance(_ values: StatementValues, _ lines: [Int]) -> Decimal {
        lines.filter { isBalance(values, $0) }.flatMap { counts(values, $0, unit: "shares") }.map(\.magnitude).max() ?? 0
    }

    /// A balance row: its facts stand at instants, or its label names a balance.
    private func isBalance(_ values: StatementValues, _ line: Int) -> Bool {
        let instants = Set(values.statement.periods.filter { $0.type == .instant }.map(\.key))
        return EquityRollForward.isBalance(values.lines[line].label)
            || values.lines[line].valueFacts.contains { instants.contains($0.period) }
    }

    private func nearest(to figure: Decimal, in weighted: [Decimal]) -> Decimal? {
        weighted.min { ($0 - figure).magnitude < ($1 - figure).magnitude }
    }
}
