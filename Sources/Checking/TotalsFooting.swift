import Foundation
import Normalization
import TickmarkModel

/// `totals-foot`: every total equals the lines it closes. Walking down a period's column, the
/// figures not yet closed by a total wait in order; a total closes the shortest run of the
/// latest of them that it equals, and stands in their place. A run closes by its sum; by its
/// first figure less the rest ("Revenue − Costs = Operating income"); or with expense-like
/// lines ("Cost of sales", "Interest expense", "Treasury stock") subtracted, as statements and
/// XBRL instances print them positive. An unmarked line exactly equal to two or more figures
/// above it (summed, expense-like ones perhaps subtracted) is a subtotal too ("Loans, net of
/// allowance", "Net interest income"). Exactly: a relation nobody printed gets no rounding slack,
/// or small lines agree with their neighbours by chance within a unit (an OCI line of 405 next to
/// lines summing to 404) and swallow the figures their real total needs.
///
/// A "Total …" that closes nothing fails, and the figures start afresh from it; another marked
/// total that closes nothing ("Net income" on a bold row) is unverified and waits as a figure.
/// A "Total … attributable to …" line shares out the total above it; it is unverified unless
/// it closes a run.
struct TotalsFooting {
    /// Longest run of figures a total may close.
    static let maxRun = 40
    /// Longest run tried as first-minus-rest (more signs, more room for chance).
    static let maxSubtractedRun = 6
    /// Most expense-like lines in a run whose signs are tried both ways.
    static let maxFlippable = 4

    func checks(_ values: StatementValues) -> [StatementCheck] {
        guard values.statement.kind != .equity else { return [] }
        return values.statement.periods.flatMap { checks(values, period: $0.key) }
    }

    struct Figure {
        var line: Int
        var value: Decimal
        var unit: Decimal
        /// Printed positive but may be subtracted (an expense, a deduction).
        var mayBeSubtracted: Bool
    }

    private func checks(_ values: StatementValues, period: String) -> [StatementCheck] {
        var open: [String: [Figure]] = [:]
        var results: [StatementCheck] = []
        for (index, line) in values.lines.enumerated() {
            guard let value = values.value(line: index, period: period) else { continue }
            let measure = values.fact(line: index, period: period)?.unit ?? ""
            let label = LabelText.foldDroppingAsides(line.label)
            let figure = Figure(line: index, value: value, unit: values.roundingUnit(line: index, period: period),
                                mayBeSubtracted: Self.isDeduction(line.label))
            let waiting = open[measure, default: []]
            if let run = closedRun(by: figure, in: waiting, signed: line.isTotal) {
                results.append(StatementCheck(rule: .totalsFoot, period: period, status: .pass, expected: run.sum,
                                              actual: value, lineIndexes: waiting.suffix(run.count).map(\.line) + [index]))
                open[measure] = waiting.dropLast(run.count) + [figure]
                continue
            }
            guard line.isTotal, !waiting.isEmpty else {
                open[measure, default: []].append(figure)
                continue
            }
            // "Total comprehensive income attributable to noncontrolling interests" is a share of
            // the total above it, not a sum of the lines above: unverified unless it closes a run.
            guard label.hasPrefix("total"), !label.contains("attributable to") else {
                results.append(StatementCheck(rule: .totalsFoot, period: period, status: .skipped, actual: value,
                                              lineIndexes: [index], note: "not a sum of the figures above; unverified"))
                open[measure, default: []].append(figure)
                continue
            }
            let sum = waiting.reduce(Decimal(0)) { $0 + $1.value }
            results.append(StatementCheck(rule: .totalsFoot, period: period, status: .fail, expected: sum, actual: value,
                                          lineIndexes: waiting.map(\.line) + [index],
                                          note: "no run of the \(waiting.count) figure(s) above sums to the total"))
            open[measure] = [figure]
        }
        return results
    }

    /// The shortest run of the latest waiting figures that the figure closes, and what they
    /// come to. An unmarked line (`signed` false) closes two or more, never as first-minus-rest.
    func closedRun(by total: Figure, in waiting: [Figure], signed: Bool) -> (count: Int, sum: Decimal)? {
        let shortest = signed ? 1 : 2
        let longest = min(waiting.count, Self.maxRun)
        guard shortest <= longest else { return nil }
        // Runs grow one figure at a time: their sum and coarsest unit too, instead of anew per run.
        var sum = Decimal(0)
        var coarsest = total.unit
        for count in 1...longest {
            let figure = waiting[waiting.count - count]
            sum = figure.value + sum
            coarsest = max(coarsest, figure.unit)
            guard count >= shortest else { continue }
            let run = RunTotals(sum: sum, coarsest: coarsest)
            if let combined = Self.combination(of: waiting.suffix(count), totals: run, equalTo: total, signed: signed) {
                return (count, combined)
            }
        }
        return nil
    }

    /// A run's sum and the coarsest rounding unit among its figures and the total.
    struct RunTotals {
        var sum: Decimal
        var coarsest: Decimal
    }

    /// What the whole run comes to when it equals the total: its sum, or its sum with some
    /// expense-like figures subtracted; when `signed`, also its first figure less the rest.
    static func combination(of run: ArraySlice<Figure>, equalTo total: Figure, signed: Bool) -> Decimal? {
        let totals = RunTotals(sum: run.reduce(Decimal(0)) { $0 + $1.value },
                               coarsest: (run.map(\.unit) + [total.unit]).max() ?? 1)
        return combination(of: run, totals: totals, equalTo: total, signed: signed)
    }

    private static func combination(of run: ArraySlice<Figure>, totals: RunTotals, equalTo total: Figure, signed: Bool) -> Decimal? {
        guard let first = run.first else { return nil }
        let (sum, coarsest) = (totals.sum, totals.coarsest)
        let sumAgrees = signed ? Tolerance.allows(sum, total.value, coarsest: coarsest, figures: run.count + 1)
                               : sum == total.value
        if sumAgrees { return sum }
        if signed, run.count >= 2, run.count <= maxSubtractedRun {
            let difference = first.value - (sum - first.value)
            if Tolerance.closelyAllows(difference, total.value, coarsest: coarsest) { return difference }
        }
        let flippable = run.filter(\.mayBeSubtracted).map(\.value)
        guard !flippable.isEmpty, flippable.count <= maxFlippable else { return nil }
        for mask in 1..<(1 << flippable.count) {
            var candidate = sum
            for (bit, value) in flippable.enumerated() where mask & (1 << bit) != 0 { candidate -= 2 * value }
            if signed ? Tolerance.closelyAllows(candidate, total.value, coarsest: coarsest) : candidate == total.value { return candidate }
        }
        return nil
    }

    private static let deductionWords: Set<String> = [
        "cost", "costs", "expense", "expenses", "less", "tax", "taxes", "provision", "depreciation", "amortization",
        "treasury", "dividends", "dividend", "deductions", "allowance", "impairment", "purchases", "repurchases",
        "payments", "repayments", "losses", "loss", "charges", "fees", "reclassification", "reclassifications",
        "repurchased", "distributions",
    ]

    /// A label naming something usually subtracted, asides included: "Cost of sales", "Interest
    /// expense", "Treasury stock, at cost", "Less: accumulated depreciation", "Other income (expense)".
    static func isDeduction(_ label: String) -> Bool {
        let text = label.lowercased()
        // UK Companies Act formats print creditors positive: "Creditors: amounts falling due
        // within one year" is subtracted to give net current assets.
        return text.contains("falling due") || text.split { !$0.isLetter }.contains { deductionWords.contains(String($0)) }
    }
}
