import Foundation
import TickmarkModel

/// Check stage: runs the self-checks of every statement (see `CheckRule`) and flags the facts
/// they involve — with the rule of each failing check, or `unchecked` when no passing check
/// confirms the value. Sits between normalize and identify; changes no value.
public struct Checker: Sendable {
    /// Rules whose pass confirms the values involved (the structural rules confirm none).
    static let confirming: Set<CheckRule> = [
        .totalsFoot, .balanceSheetBalances, .cashRollForward, .cashSectionsSum, .netIncomeAgrees,
        .equityRollForward, .perSharePlausible,
    ]

    public init() {}

    public func check(_ document: NormalizedDocument) -> CheckedDocument {
        let incomeStatements = document.statements.filter { $0.kind == .income }.map(StatementValues.init)
        let equityStatements = document.statements.count { $0.kind == .equity }
        let statements = document.statements.map { statement -> Statement in
            let values = StatementValues(statement)
            var checked = statement
            checked.checks = StructureChecks().checks(values)
                + TotalsFooting().checks(values)
                + BalanceSheetCheck().checks(values)
                + CashFlowChecks().checks(values)
                + NetIncomeAgreement().checks(values, incomeStatements: incomeStatements)
                + EquityRollForward().checks(values)
                + PerShareCheck().checks(values)
                + ShareCountCheck().checks(values, incomeStatements: incomeStatements, equityStatements: equityStatements)
            Checker.flag(&checked)
            return checked
        }
        var checked = document
        checked.statements = statements
        return CheckedDocument(checked)
    }

    /// Flags each fact with the failing rules that involve it, or `unchecked` when nothing confirms it.
    static func flag(_ statement: inout Statement) {
        var failing: [FactPlace: Set<String>] = [:]
        var confirmed: Set<FactPlace> = []
        for check in statement.checks {
            let periods = check.period.map { [$0] } ?? statement.periods.map(\.key)
            for line in check.lineIndexes {
                for period in periods {
                    let place = FactPlace(line: line, period: period)
                    if check.status == .fail { failing[place, default: []].insert(check.rule.rawValue) }
                    if check.status == .pass && confirming.contains(check.rule) { confirmed.insert(place) }
                }
            }
        }
        for line in statement.lines.indices {
            for index in statement.lines[line].facts.indices {
                let fact = statement.lines[line].facts[index]
                let place = FactPlace(line: line, period: fact.period)
                // A fact tagged in the label is no figure of the line's checks: none confirms it.
                var flags = fact.labelConcept == nil ? (failing[place] ?? []).sorted() : []
                if flags.isEmpty, fact.value != nil, fact.labelConcept != nil || !confirmed.contains(place) { flags = [Fact.uncheckedFlag] }
                statement.lines[line].facts[index].flags = flags
            }
        }
    }

    private struct FactPlace: Hashable {
        var line: Int
        var period: String
    }
}
