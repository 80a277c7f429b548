import Foundation
import Normalization
import TickmarkModel

/// `equity-roll-forward`: an equity component's opening balance plus the movements printed
/// between two balances is its closing balance. Statements that print periods down the rows
/// (components across) are checked per component column and movement period; statements with
/// periods across are checked per column, from one balance row to the next.
struct EquityRollForward {
    func checks(_ values: StatementValues) -> [StatementCheck] {
        guard values.statement.kind == .equity else { return [] }
        let components = Set(values.lines.compactMap(\.componentColumn))
        return components.isEmpty ? columnChecks(values) : components.sorted().flatMap { componentChecks(values, column: $0) }
    }

    // MARK: periods down the rows

    private func componentChecks(_ values: StatementValues, column: Int) -> [StatementCheck] {
        let lines = values.lines.indices.filter { values.lines[$0].componentColumn == column }
        let periods = values.statement.periods
        let instants = periods.filter { $0.type == .instant }.compactMap { period in period.end.map { ($0, period.key) } }
        return periods.filter { $0.type == .duration }.compactMap { period -> StatementCheck? in
            guard let end = period.end, let start = period.start,
                  let closingKey = instants.first(where: { $0.0 == end })?.1,
                  let openingKey = instants.filter({ $0.0 <= start && $0.0 < end }).max(by: { $0.0 < $1.0 })?.1,
                  let opening = figure(values, lines, openingKey), let closing = figure(values, lines, closingKey)
            else { return nil }
            let movements = lines.compactMap { line in values.value(line: line, period: period.key).map { (line, $0) } }
            guard !movements.isEmpty else { return nil }
            return compare(values, opening: opening, openingKey: openingKey, movements: movements, period: period.key,
                           closing: closing, closingKey: closingKey)
        }
    }

    /// The component's balance at an instant: the line printing a value there.
    private func figure(_ values: StatementValues, _ lines: [Int], _ key: String) -> (line: Int, value: Decimal)? {
        for line in lines { if let value = values.value(line: line, period: key) { return (line, value) } }
        return nil
    }

    // MARK: periods across

    /// Per duration column, from one balance row to the next. A balance row's figure stands in
    /// the column itself or, where the statement dates balances as instants, at the column's
    /// opening instant (the day before it starts) or closing instant (its last day).
    private func columnChecks(_ values: StatementValues) -> [StatementCheck] {
        values.statement.periods.filter { $0.type == .duration }.flatMap { period -> [StatementCheck] in
            let openingKey = BalanceRowPeriods.instant(of: period, side: .opening)?.key
            let closingKey = BalanceRowPeriods.instant(of: period, side: .closing)?.key
            var results: [StatementCheck] = []
            // One roll-forward at a time per unit: share counts and dollars interleave in tagged statements.
            var opening: [String: Balance] = [:]
            var movements: [String: [(Int, Decimal)]] = [:]
            for (index, line) in values.lines.enumerated() {
                guard Self.isBalance(line.label) else {
                    guard let value = values.value(line: index, period: period.key) else { continue }
                    let unit = values.fact(line: index, period: period.key)?.unit ?? ""
                    if opening[unit] != nil { movements[unit, default: []].append((index, value)) }
                    continue
                }
                let closings = [closingKey, period.key].compactMap { $0 }.compactMap { Balance(values, index, $0) }
                let openings = [openingKey, period.key].compactMap { $0 }.compactMap { Balance(values, index, $0) }
                guard let unit = (closings.first ?? openings.first)?.unit else { continue }
                var next = openings.first
                if let start = opening[unit], let moved = movements[unit], !moved.isEmpty, !Self.onlyOpens(line.label),
                   !closings.isEmpty {
                    let tried = closings.map { closing in
                        compare(values, opening: (start.line, start.value), openingKey: start.key, movements: moved,
                                period: period.key, closing: (closing.line, closing.value), closingKey: closing.key)
                    }
                    let check = tried.first { $0.status == .pass } ?? tried[0]
                    results.append(check)
                    next = closings.first { $0.value == check.actual } ?? next
                }
                opening[unit] = next
                movements[unit] = []
            }
            return results
        }
    }

    /// A balance row's figure in one period, with its unit.
    private struct Balance {
        var line: Int
        var key: String
        var value: Decimal
        var unit: String

        init?(_ values: StatementValues, _ line: Int, _ key: String) {
            guard let value = values.value(line: line, period: key) else { return nil }
            self.line = line
            self.key = key
            self.value = value
            unit = values.fact(line: line, period: key)?.unit ?? ""
        }
    }

    /// "Balance at beginning of year", "Balances, end of period", "Ending balance", "Adjusted
    /// opening balance" — never "Opening balance sheet adjustment".
    static func isBalance(_ label: String) -> Bool {
        let text = LabelText.foldDroppingAsides(label)
        guard !text.contains("balance sheet") else { return false }
        return text.hasPrefix("balance") || text.hasPrefix("beginning balance") || text.hasPrefix("ending balance")
            || text.contains("opening balance") || text.contains("closing balance")
            || text.hasSuffix("beginning of year") || text.hasSuffix("end of year")
            || text.hasSuffix("beginning of period") || text.hasSuffix("end of period")
    }

    /// A balance that opens a roll-forward and never closes one: "Balance at beginning of year".
    static func onlyOpens(_ label: String) -> Bool {
        let text = LabelText.foldDroppingAsides(label)
        return (text.contains("beginning") || text.contains("opening")) && !text.contains("adjusted")
    }

    // MARK: comparing

    /// Opening + movements = closing. A movement equal to the sum of two or more movements just
    /// above it is their subtotal ("Other comprehensive loss") and counts once, unless the
    /// movements as printed add up without folding it; marked totals
    /// ("Total comprehensive income") may repeat rows above; expense-like movements may be
    /// printed (or tagged) positive and subtracted.
    private func compare(_ values: StatementValues, opening: (line: Int, value: Decimal), openingKey: String,
                         movements: [(Int, Decimal)], period: String, closing: (line: Int, value: Decimal),
                         closingKey: String) -> StatementCheck {
        let units = [values.roundingUnit(line: opening.line, period: openingKey),
                     values.roundingUnit(line: closing.line, period: closingKey)]
            + movements.map { values.roundingUnit(line: $0.0, period: period) }
        let figures = movements.map { line, value in
            TotalsFooting.Figure(line: line, value: value, unit: values.roundingUnit(line: line, period: period),
                                 mayBeSubtracted: TotalsFooting.isDeduction(values.lines[line].label))
        }
        let target = TotalsFooting.Figure(line: closing.line, value: closing.value - opening.value, unit: units.max() ?? 1,
                                          mayBeSubtracted: false)
        let folded = Self.foldingSubtotals(figures)
        let withoutTotals = Self.foldingSubtotals(figures.filter { !values.lines[$0.line].isTotal })
        // The movements as printed come last: a line that only looks like a subtotal of the two
        // above it ("Issuance of common stock" 163 beside 35 and 129) is a movement of its own.
        let match = [folded, withoutTotals, figures].lazy.compactMap { run -> Decimal? in
            TotalsFooting.combination(of: run[...], equalTo: target, signed: true).map { opening.value + $0 }
        }.first
        let all = movements.reduce(opening.value) { $0 + $1.1 }
        return StatementCheck(rule: .equityRollForward, period: period, status: match == nil ? .fail : .pass,
                              expected: match ?? all, actual: closing.value,
                              lineIndexes: [opening.line] + movements.map(\.0) + [closing.line],
                              note: match == nil ? "opening balance plus movements differs from the closing balance" : nil)
    }

    /// The movements with each subtotal (a plain sum of two or more just above it) standing in
    /// for the movements it sums.
    private static func foldingSubtotals(_ figures: [TotalsFooting.Figure]) -> [TotalsFooting.Figure] {
        var open: [TotalsFooting.Figure] = []
        for figure in figures {
            let plain = open.map { TotalsFooting.Figure(line: $0.line, value: $0.value, unit: $0.unit, mayBeSubtracted: false) }
            if let run = TotalsFooting().closedRun(by: figure, in: plain, signed: false) {
                open.removeLast(run.count)
            }
            open.append(figure)
        }
        return open
    }
}
