import Foundation
import TickmarkModel

/// `cash-roll-forward` and `cash-sections-sum`, per duration of a cash-flow statement:
/// beginning cash + net change (+ exchange-rate effect) = ending cash, and operating +
/// investing + financing (+ discontinued operations) (+ exchange-rate effect) = net change. A filer whose net change
/// already includes the exchange-rate effect passes without it.
struct CashFlowChecks {
    func checks(_ values: StatementValues) -> [StatementCheck] {
        guard values.statement.kind == .cashFlow else { return [] }
        return values.statement.periods.filter { $0.type == .duration }.flatMap { period in
            [rollForward(values, period: period.key), sections(values, period: period.key)]
        }
    }

    /// A statement may print two beginning/ending pairs, with and without the cash of a business
    /// held for sale ("… at end of year, including … classified within assets held for sale",
    /// "Less: …", "… at end of year"): the k-th beginning line rolls to the k-th ending line, and
    /// the check passes when one pair rolls (the first pair's result is reported otherwise).
    private func rollForward(_ values: StatementValues, period: String) -> StatementCheck {
        let begins = all(.cashBeginning, values, period), ends = all(.cashEnd, values, period)
        let change = first(.netChangeInCash, values, period)
        guard let change, let begin = begins.first, let end = ends.first else {
            let found = [begins.first, change, ends.first].compactMap { $0?.line }
            return StatementCheck(rule: .cashRollForward, period: period, status: .skipped, lineIndexes: found,
                                  note: "beginning cash, net change or ending cash not found")
        }
        let exchange = first(.exchangeRateEffect, values, period)
        let pairs = begins.count == ends.count && begins.count > 1 ? Array(zip(begins, ends)) : [(begin, end)]
        let results = pairs.map { compare(.cashRollForward, period: period, parts: [$0.0, change], exchange: exchange, total: $0.1, values: values) }
        return results.first { $0.status == .pass } ?? results[0]
    }

    private func sections(_ values: StatementValues, period: String) -> StatementCheck {
        let found = [LineRole.operatingCashFlow, .investingCashFlow, .financingCashFlow].map { first($0, values, period) }
        guard let change = first(.netChangeInCash, values, period), found.allSatisfy({ $0 != nil }) else {
            return StatementCheck(rule: .cashSectionsSum, period: period, status: .skipped, lineIndexes: found.compactMap { $0?.line },
                                  note: "a section total or the net change not found")
        }
        let discontinued = first(.discontinuedCashFlow, values, period).map { [$0] } ?? []
        return compare(.cashSectionsSum, period: period, parts: found.compactMap { $0 } + discontinued,
                       exchange: first(.exchangeRateEffect, values, period), total: change, values: values)
    }

    private typealias Figure = (line: Int, value: Decimal)

    private func first(_ role: LineRole, _ values: StatementValues, _ period: String) -> Figure? {
        all(role, values, period).first
    }

    private func all(_ role: LineRole, _ values: StatementValues, _ period: String) -> [Figure] {
        values.lines(withRole: role).compactMap { line in values.value(line: line, period: period).map { (line, $0) } }
    }

    private func compare(_ rule: CheckRule, period: String, parts: [Figure], exchange: Figure?, total: Figure,
                         values: StatementValues) -> StatementCheck {
        let involved = parts + (exchange.map { [$0] } ?? []) + [total]
        let units = involved.map { values.roundingUnit(line: $0.line, period: period) }
        let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
        let candidates = [sum] + (exchange.map { [sum + $0.value] } ?? [])
        let match = candidates.first { Tolerance.allows($0, total.value, units: units) }
        return StatementCheck(rule: rule, period: period, status: match == nil ? .fail : .pass,
                              expected: match ?? candidates.last, actual: total.value, lineIndexes: involved.map(\.line))
    }
}
