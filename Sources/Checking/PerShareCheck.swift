import Foundation
import TickmarkModel

/// `per-share-plausible`: basic earnings per share lies within a factor of three of net income ÷
/// weighted basic shares. Loose on purpose (preferred dividends, two-class methods, continuing
/// operations), it catches what matters: a share scale applied to dollars, or the reverse.
struct PerShareCheck {
    static let factor: Decimal = 3

    func checks(_ values: StatementValues) -> [StatementCheck] {
        guard values.statement.kind == .income,
              let eps = values.lines(withRole: .epsBasic).first,
              let shares = values.lines(withRole: .sharesBasic).first,
              let income = values.lines(withRole: .netIncomeToParent).first ?? values.lines(withRole: .netIncome).first
        else { return [] }
        return values.statement.periods.compactMap { period -> StatementCheck? in
            let key = period.key
            guard let perShare = values.value(line: eps, period: key), let count = values.value(line: shares, period: key),
                  let earned = values.value(line: income, period: key), perShare != 0, count != 0, earned != 0 else { return nil }
            let implied = earned / count
            let ratio = (implied / perShare).magnitude
            let plausible = ratio <= Self.factor && ratio >= 1 / Self.factor
            return StatementCheck(rule: .perSharePlausible, period: key, status: plausible ? .pass : .fail,
                                  expected: implied, actual: perShare, lineIndexes: [eps, shares, income],
                                  note: plausible ? nil : "net income ÷ weighted shares is \(ratio) times the printed EPS")
        }
    }
}
