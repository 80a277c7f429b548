import TickmarkModel

/// Dates the columns of statements found in inline XBRL tables by the contexts of the facts
/// tagged in them: a printed header that names no readable period (`2017 £`) takes the tagged
/// period, and one that names the tagged period takes its exact dates (a 13-week quarter's start).
public struct InlineColumnPeriods: Sendable {
    public init() {}

    /// The statements with every column dated by its tagged facts' most common period, where
    /// the header is unreadable or agrees with it.
    public func fill(_ statements: [RecognizedStatement], facts: XBRLFacts) -> [RecognizedStatement] {
        statements.map { statement in
            // Periods printed down the rows (equity) leave the component columns without one.
            if statement.rows.contains(where: { $0.period != nil }) { return statement }
            var dated = statement
            for column in dated.columns.indices {
                guard let tagged = taggedPeriod(statement, column: column, facts: facts) else { continue }
                let printed = dated.columns[column].period
                if printed?.key == nil || printed?.key == tagged.key && printed?.kind == tagged.kind {
                    dated.columns[column].period = tagged
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
