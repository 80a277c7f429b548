import TickmarkModel

/// Dates the facts an inline XBRL statement tags inside its row labels (share counts, par
/// values) by their own contexts and gives them their units, as `InlineFactUnits` does for the
/// value columns. A fact whose context names no period is left out.
public struct InlineLabelFacts: Sendable {
    public init() {}

    public func fill(_ statements: [RecognizedStatement], facts: XBRLFacts) -> [RecognizedStatement] {
        statements.map { statement in
            var resolved = statement
            for row in resolved.rows.indices where !resolved.rows[row].labelFacts.isEmpty {
                resolved.rows[row].labelFacts = resolved.rows[row].labelFacts.compactMap { labelFact in
                    guard let fact = labelFact.cell.fact, let period = facts.contexts[fact.contextRef]?.period else { return nil }
                    var dated = labelFact
                    dated.period = period
                    dated.cell.unit = fact.unitRef.flatMap { facts.units[$0] }?.name
                    return dated
                }
            }
            return resolved
        }
    }
}
