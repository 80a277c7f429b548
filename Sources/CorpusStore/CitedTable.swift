import GRDB

/// A table as the source printed it (`DOC:table:ANCHOR`): its cells by printed row and column,
/// the pages it spans and its locator, and which facts were read from which cell.
public struct CitedTable: Sendable, Codable, Equatable {
    public var id: String
    public var document: DocumentSummary
    /// The pages as stored (JSON; empty for HTML).
    public var pages: String
    /// The locator as stored (JSON).
    public var locator: String
    /// Every cell, by row, then column.
    public var cells: [CitedCell]
    /// Fact IDs by the ID of the cell they were read from.
    public var facts: [String: [String]]
}

/// One cell of a source table (`DOC:table:ANCHOR:ROW@COLUMN`): its text and place.
public struct CitedCell: Sendable, Codable, Equatable {
    public var id: String
    /// The table's ID.
    public var table: String
    public var row: Int
    public var col: Int
    /// How many columns it spans.
    public var span: Int
    public var text: String
    /// The locator as stored (JSON).
    public var locator: String
}

/// Read queries behind `cite show` of a table or cell ID.
extension SQLiteCorpus {
    private static let cellColumns = "id, table_id, row, col, span, text, locator"

    private static func citedCell(_ row: Row) -> CitedCell {
        CitedCell(id: row[0], table: row[1], row: row[2], col: row[3], span: row[4], text: row[5], locator: row[6])
    }

    /// A source table with its cells and the facts read from them; nil when unknown.
    public func table(_ id: String) throws(CorpusError) -> CitedTable? {
        try run { try $0.read { db in
            guard let table = try Row.fetchOne(db, sql: """
                SELECT t.pages, t.locator, \(Self.documentColumns) FROM source_table t JOIN document d ON d.id = t.document_id
                WHERE t.id = ?
                """, arguments: [id]) else { return nil }
            let cells = try Row.fetchAll(db, sql: "SELECT \(Self.cellColumns) FROM cell WHERE table_id = ? ORDER BY row, col",
                                         arguments: [id]).map(Self.citedCell)
            let document: DocumentSummary = Self.documentSummary(table, from: 2)
            var facts: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT f.cell_id, f.id FROM fact f JOIN cell c ON c.id = f.cell_id
                WHERE f.document_id = ? AND c.table_id = ? ORDER BY f.id
                """, arguments: [document.id, id]) {
                facts[row[0], default: []].append(row[1])
            }
            return CitedTable(id: id, document: document, pages: table[0], locator: table[1], cells: cells, facts: facts)
        } }
    }

    /// One cell by its ID; nil when unknown.
    public func cell(_ id: String) throws(CorpusError) -> CitedCell? {
        try run { try $0.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.cellColumns) FROM cell WHERE id = ?", arguments: [id]).map(Self.citedCell)
        } }
    }

    /// The facts read from a cell of document `document`.
    public func facts(ofCell id: String, document: String) throws(CorpusError) -> [CitedFact] {
        try facts(where: "f.document_id = ? AND f.cell_id = ?", arguments: [document, id])
    }
}
