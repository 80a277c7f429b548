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
/// holds the same magnitude in the same period. Magnitudes, because printed statements show
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
                    for fact in line.facts {
                        guard let value = fact.xbrlValue ?? fact.value,
                              seen.insert("\(line.xbrlConcept ?? line.label)|\(line.xbrlDimensions)|\(fact.period)|\(value)").inserted
                        else { continue }
                        counts[kind, default: RecallCount()].total += 1
                        if holds.contains(PeriodValue(period: fact.period, magnitude: value.magnitude)) {
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
                line.facts.compactMap { fact in fact.value.map { PeriodValue(period: fact.period, magnitude: $0.magnitude) } }
            }
        })
    }
}
