import TickmarkModel

/// Dates the columns of statements found in inline XBRL tables whose printed header names no
/// readable period (`2017 £`): the contexts of the facts tagged in a column say which period it is.
public struct InlineColumnPeriods: Sendable {
    public init() {}

    /// The statements with every undated column dated by its tagged facts' most common period.
    public func fill(_ statements: [RecognizedStatement], facts: XBRLFacts) -> [RecognizedStatement] {
        statements.map { statement in
            var dated = statement
            for column in dated.columns.indices where dated.columns[column].period?.key == nil {
                if let period = taggedPeriod(statement, column: column, facts: facts) {
                    dated.columns[column].period = period
                }
            }
            return dated
        }
    }

    /// The period most of the column's tagged, non-dimensional facts share.
    private func taggedPeriod(_ statement: RecognizedStatement, column: Int, facts: XBRLFacts) -> PeriodSpan? {
        var counts: [PeriodSpan: Int] = [:]
        for row in statement.rows where column < row.cells.count {
            guard let fact = row.cells[column]?.fact, let context = facts.contexts[fact.contextRef],
                  context.dimensions.isEmpty, let period = context.period, period.key != nil else { continue }
            counts[period, default: 0] += 1
        }
        return counts.sorted { a, b in
            a.value != b.value ? a.value > b.value : (a.key.key ?? "") < (b.key.key ?? "")
        }.first?.key
    }
}
