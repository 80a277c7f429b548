import CorpusStore
import Foundation

/// A whole statement as a table for the terminal: one row per line (indented by depth), one
/// column per period with the values as printed, and each line's ID; a value's ID is its line ID,
/// `@` and the column's period key.
public struct StatementTable: Sendable, Codable, Equatable {
    public var statement: CitedFact.StatementSummary
    public var document: DocumentSummary
    public var periods: [String]
    public var rows: [Row]

    /// One line of the statement and its facts by period key.
    public struct Row: Sendable, Codable, Equatable {
        public var line: CitedFact.LineSummary
        public var facts: [String: Cell]
    }

    /// A value as printed and its ID.
    public struct Cell: Sendable, Codable, Equatable {
        public var id: String
        public var printed: String?
        public var value: String?
        public var flags: [String]
    }

    /// The statement `id` of the corpus; nil when it has no facts.
    public static func load(_ id: String, from corpus: SQLiteCorpus) throws(CorpusError) -> StatementTable? {
        let facts = try corpus.facts(ofStatement: id)
        guard let first = facts.first else { return nil }
        var periods: [String] = []
        var rows: [Row] = []
        for fact in facts {
            if !periods.contains(fact.period) { periods.append(fact.period) }
            if rows.last?.line.id != fact.line.id { rows.append(Row(line: fact.line, facts: [:])) }
            if rows[rows.count - 1].facts[fact.period] == nil {
                rows[rows.count - 1].facts[fact.period] = Cell(id: fact.id, printed: fact.printed, value: fact.value, flags: fact.flags)
            }
        }
        return StatementTable(statement: first.statement, document: first.document, periods: periods, rows: rows)
    }

    /// The table as aligned text: label, one column per period, the line ID; a `!` marks a value a
    /// self-check failed.
    public func rendered() -> String {
        let labels = rows.map { String(repeating: "  ", count: $0.line.depth) + $0.line.label }
        let labelWidth = min(max(labels.map(\.count).max() ?? 0, 5), 60)
        let cells = rows.map { row in
            periods.map { period -> String in
                guard let cell = row.facts[period] else { return "" }
                let failing = cell.flags.contains { $0 != "unchecked" }
                return (cell.printed ?? cell.value ?? "—") + (failing ? " !" : "")
            }
        }
        let widths = periods.indices.map { i in max(periods[i].count, cells.map { $0[i].count }.max() ?? 0) }
        let scale = statement.scale == 1 ? "" : ", ×\(statement.scale)"
        var out = "\(statement.title) — \(document.entity ?? "?") \(document.form ?? "") (\(statement.currency ?? "?")\(scale))\n"
        out += "\(statement.id)   fact ID = line ID + \"@\" + period key\n\n"
        out += TextColumns.pad("", labelWidth, left: true) + "  " + zip(periods, widths).map { TextColumns.pad($0, $1, left: false) }.joined(separator: "  ")
            + "  line ID\n"
        for (i, row) in rows.enumerated() {
            let label = labels[i].count > labelWidth ? String(labels[i].prefix(labelWidth - 1)) + "…" : labels[i]
            out += TextColumns.pad(label, labelWidth, left: true) + "  "
                + zip(cells[i], widths).map { TextColumns.pad($0, $1, left: false) }.joined(separator: "  ") + "  " + row.line.id + "\n"
        }
        return out
    }
}
