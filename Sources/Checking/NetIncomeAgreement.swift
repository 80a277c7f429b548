import Foundation
import TickmarkModel

/// `net-income-agrees`: the net income a cash-flow statement starts from is one that an income
/// statement of the same document prints for the same period (consolidated, or attributable to
/// the parent).
struct NetIncomeAgreement {
    func checks(_ values: StatementValues, incomeStatements: [StatementValues]) -> [StatementCheck] {
        guard values.statement.kind == .cashFlow,
              let line = values.lines(withRole: .netIncome).first ?? values.lines(withRole: .netIncomeToParent).first
        else { return [] }
        return values.statement.periods.compactMap { period -> StatementCheck? in
            guard let value = values.value(line: line, period: period.key) else { return nil }
            let printed = incomeStatements.flatMap { income in
                (income.lines(withRole: .netIncome) + income.lines(withRole: .netIncomeToParent)).compactMap { candidate in
                    income.value(line: candidate, period: period.key).map { ($0, income.roundingUnit(line: candidate, period: period.key)) }
                }
            }
            guard !printed.isEmpty else {
                return StatementCheck(rule: .netIncomeAgrees, period: period.key, status: .skipped, lineIndexes: [line],
                                      note: "no income statement net income for this period")
            }
            let unit = values.roundingUnit(line: line, period: period.key)
            let match = printed.first { Tolerance.allows($0.0, value, units: [unit, $0.1]) }
            return StatementCheck(rule: .netIncomeAgrees, period: period.key, status: match == nil ? .fail : .pass,
                                  expected: (match ?? printed[0]).0, actual: value, lineIndexes: [line],
                                  note: match == nil ? "the income statement prints another net income" : nil)
        }
    }
}
