import Foundation
import TickmarkModel

/// `balance-sheet-balances`: total assets equal total liabilities and equity, per instant — the
/// filer's own "Total liabilities and equity" line, else its total liabilities plus any
/// temporary (mezzanine) equity plus one of its equity totals.
struct BalanceSheetCheck {
    func checks(_ values: StatementValues) -> [StatementCheck] {
        guard values.statement.kind == .balance else { return [] }
        let assets = values.lines(withRole: .totalAssets)
        let sides = values.lines(withRole: .totalLiabilitiesAndEquity)
        let liabilities = values.lines(withRole: .totalLiabilities)
        let equities = values.lines(withRole: .totalEquity)
        let temporary = values.lines(withRole: .temporaryEquity)
        return values.statement.periods.filter { $0.type == .instant }.map { period in
            let key = period.key
            guard let asset = assets.last(where: { values.value(line: $0, period: key) != nil }),
                  let total = values.value(line: asset, period: key) else {
                return StatementCheck(rule: .balanceSheetBalances, period: key, status: .skipped, lineIndexes: [],
                                      note: "no total assets line")
            }
            let unit = values.roundingUnit(line: asset, period: key)
            if let side = sides.first(where: { values.value(line: $0, period: key) != nil }),
               let other = values.value(line: side, period: key) {
                let units = [unit, values.roundingUnit(line: side, period: key)]
                return StatementCheck(rule: .balanceSheetBalances, period: key,
                                      status: Tolerance.allows(other, total, units: units) ? .pass : .fail,
                                      expected: other, actual: total, lineIndexes: [asset, side])
            }
            guard let liability = liabilities.first(where: { values.value(line: $0, period: key) != nil }),
                  let owed = values.value(line: liability, period: key), !equities.isEmpty else {
                return StatementCheck(rule: .balanceSheetBalances, period: key, status: .skipped, lineIndexes: [asset],
                                      note: "no total liabilities and equity line")
            }
            let mezzanine = temporary.compactMap { values.value(line: $0, period: key) }.reduce(0, +)
            let candidates = equities.compactMap { line in values.value(line: line, period: key).map { (line, $0) } }
            for (equity, value) in candidates {
                let units = [unit, values.roundingUnit(line: liability, period: key), values.roundingUnit(line: equity, period: key)]
                for sum in [owed + value, owed + value + mezzanine] where Tolerance.allows(sum, total, units: units) {
                    return StatementCheck(rule: .balanceSheetBalances, period: key, status: .pass, expected: sum, actual: total,
                                          lineIndexes: [asset, liability, equity] + temporary)
                }
            }
            let last = candidates.last
            return StatementCheck(rule: .balanceSheetBalances, period: key, status: .fail,
                                  expected: owed + (last?.1 ?? 0) + mezzanine, actual: total,
                                  lineIndexes: [asset, liability] + candidates.map(\.0) + temporary,
                                  note: "total liabilities plus equity differs from total assets")
        }
    }
}
