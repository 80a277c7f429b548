import TickmarkModel

/// Splits off convenience-translation columns: a filer reporting in RMB or yen often prints the
/// latest figures once more in US dollars ("2024 US$", "(Thousands of U.S. dollars)"). Such a
/// column is the same period in another currency, not a period of the statement: it becomes a
/// statement of its own, with its currency and scale, after the statement it translates.
enum ConvenienceTranslation {
    /// The statement itself when its columns name one currency; else the statement in its own
    /// currency followed by one statement per other currency its columns name.
    static func split(_ statement: RecognizedStatement) -> [RecognizedStatement] {
        let named = statement.columns.map { ScaleReader.namedCurrency($0.header) }
        guard let primary = statement.currency ?? named.compactMap({ $0 }).first else { return [statement] }
        let others = named.compactMap { $0 }.filter { $0 != primary }
        guard !others.isEmpty else { return [statement] }
        let own = named.indices.filter { named[$0] == nil || named[$0] == primary }
        var result = [subset(statement, columns: own)]
        for currency in others.reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
            var translated = subset(statement, columns: named.indices.filter { named[$0] == currency })
            translated.currency = currency
            let scale = ScaleReader.scale(in: translated.columns.map(\.header))
            if scale != .units { translated.scale = scale }
            translated.columns = translated.columns.map { column in
                var column = column
                if column.period?.key == nil { column.period = latestPeriod(of: result[0]) }
                return column
            }
            result.append(translated)
        }
        return result
    }

    /// The statement with only the given columns (and their cells).
    private static func subset(_ statement: RecognizedStatement, columns: [Int]) -> RecognizedStatement {
        var result = statement
        result.columns = columns.map { statement.columns[$0] }
        result.rows = statement.rows.map { row in
            var row = row
            row.cells = columns.map { $0 < row.cells.count ? row.cells[$0] : nil }
            return row
        }
        return result
    }

    /// A translation column that prints no period of its own translates the latest one.
    private static func latestPeriod(of statement: RecognizedStatement) -> PeriodSpan? {
        statement.columns.compactMap(\.period).filter { $0.key != nil }.max { $0.end < $1.end }
    }
}
