import TickmarkModel

/// Gives every tagged cell of statements found in inline XBRL tables its unit by our names
/// (`USD`, `USD/shares`, `shares`, `pure`), resolved from the fact's `unitRef`, so that the
/// tag, not the label, decides what the cell measures.
public struct InlineFactUnits: Sendable {
    public init() {}

    /// The statements with `RecognizedCell.unit` set wherever the cell's fact names a known unit.
    public func fill(_ statements: [RecognizedStatement], facts: XBRLFacts) -> [RecognizedStatement] {
        statements.map { statement in
            var resolved = statement
            for row in resolved.rows.indices {
                for column in resolved.rows[row].cells.indices {
                    guard let cell = resolved.rows[row].cells[column], cell.unit == nil,
                          let unit = cell.fact?.unitRef.flatMap({ facts.units[$0] }) else { continue }
                    resolved.rows[row].cells[column]?.unit = unit.name
                }
            }
            return resolved
        }
    }
}
