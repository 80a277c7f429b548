import Foundation
import TickmarkModel

/// Found and total per statement kind.
public struct RecallCount: Sendable, Equatable {
    public var found = 0
    public var total = 0

    public init(found: Int = 0, total: Int = 0) {
        self.found = found
        self.total = total
    }
}

/// How much of a tagged document's face statements its printed twin holds: every fact of the
/// XBRL or inline-XBRL version's statements (no dimensions, except an equity statement's
/// component axis) counts as found when a statement of the same kind in the printed version
/// holds the same magnitude in the same period (or, for a balance in a duration column, at the
/// period's opening or closing instant). Magnitudes, because printed statements show
/// capex negative where XBRL tags it positive.
public struct CrossFormatRecall: Sendable {
    /// The one dimension an equity statement's face carries: its component columns.
    static let equityComponentAxis = "us-gaap:StatementEquityComponentsAxis"

    public init() {}

    /// Counts per kind; the missed facts (line label, period, value) for listing.
    public func recall(of tagged: DocumentRecord, in printed: DocumentRecord)
        -> (counts: [StatementKind: RecallCount], missed: [(StatementKind, String, String, Decimal)]) {
        var counts: [StatementKind: RecallCount] = [:]
        var missed: [(StatementKind, String, String, Decimal)] = []
        for kind in StatementKind.allCases {
            let holds = Self.magnitudes(printed.statements.filter { $0.kind == kind })
            var seen: Set<String> = []
            for statement in tagged.statements where statement.kind == kind {
                for line in statement.lines where Self.isFace(line, kind: kind) {
                    // A fact tagged in a label is no figure of the face's columns.
                    for fact in line.valueFacts {
                        guard let value = fact.xbrlValue ?? fact.value,
                              seen.insert("\(line.xbrlConcept ?? line.label)|\(line.xbrlDimensions)|\(fact.period)|\(value)").inserted
                        else { continue }
                        counts[kind, default: RecallCount()].total += 1
                        let keys = Self.keys(for: fact.period, in: statement)
                        if keys.contains(where: { holds.contains(PeriodValue(period: $0, magnitude: value.magnitude)) }) {
                            counts[kind, default: RecallCount()].found += 1
                        } else {
                            missed.append((kind, line.label, fact.period, value))
                        }
                    }
                }
            }
        }
        return (counts, missed)
    }

    /// The period keys a value in column `key` may stand under in a printed twin: the column's
    /// own, and for a duration its opening and closing instants — a balance that one layout
    /// prints in a year's column ("Beginning balance"), another prints on its own dated row.
    static func keys(for key: String, in statement: Statement) -> [String] {
        guard let period = statement.periods.first(where: { $0.key == key }), period.type == .duration,
              let end = period.end else { return [key] }
        return [key, end.iso] + (period.start.map { [$0.adding(days: -1).iso] } ?? [])
    }

    static func isFace(_ line: Line, kind: StatementKind) -> Bool {
        guard line.xbrlConcept != nil else { return false }
        if line.xbrlDimensions.isEmpty { return true }
        return kind == .equity && line.xbrlDimensions.allSatisfy { $0.hasPrefix(equityComponentAxis + "=") }
    }

    private struct PeriodValue: Hashable {
        var period: String
        var magnitude: Decimal
    }

    private static func magnitudes(_ statements: [Statement]) -> Set<PeriodValue> {
        Set(statements.flatMap { statement in
            statement.lines.flatMap { line in
                line.facts.compactMap { fact in
                    // A printed dash is the zero an XBRL fact tags.
                    (fact.value ?? (fact.printed == nil ? nil : 0)).map { PeriodValue(period: fact.period, magnitude: $0.magnitude) }
                }
            }
        })
    }
}
