import Foundation
import GRDB
import TickmarkModel

/// Turns document records into the rows of every corpus table (and their search entries), in
/// one write transaction. Statements are prepared once per connection (GRDB's statement cache);
/// JSON columns are compact `JSONWriter` text, the statements.json form of the same values.
struct CorpusRows {
    let db: Database

    init(_ db: Database) { self.db = db }

    func insert(_ record: DocumentRecord, sourcePath: String, generator: String) throws {
        try delete(documentID: record.id)
        try execute("""
            INSERT INTO document (id, sha256, source_path, file, format, entity_name, ticker, cik, form, fiscal_year,
                                  period_end, page_count, companions, warnings, generator, status, error)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ok', NULL)
            """, arguments: [record.id, record.sha256, sourcePath, record.file, record.format.rawValue, record.entity.name,
                             record.entity.ticker, record.entity.cik, record.form, record.fiscalYear,
                             record.periodEnd?.description, record.pageCount,
                             json { $0.array(record.companions) { $0.write($1) } }, json { $0.array(record.warnings) { $0.write($1) } },
                             generator])
        for (s, statement) in record.statements.enumerated() {
            try execute("""
                INSERT INTO statement (id, document_id, ordinal, kind, title, pages, currency, scale, periods)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [statement.id, record.id, s, statement.kind.rawValue, statement.title, json { $0.array(statement.pages) { $0.int($1) } },
                                 statement.currency, statement.scale, json { $0.array(statement.periods) { $0.write($1) } }])
            try index(statement.title, kind: "statement", id: statement.id, document: record.id)
            for (c, check) in statement.checks.enumerated() {
                try execute("""
                    INSERT INTO statement_check (statement_id, ordinal, rule, period, status, expected, actual, lines, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [statement.id, c, check.rule.rawValue, check.period, check.status.rawValue,
                                     check.expected.map(Self.decimalText), check.actual.map(Self.decimalText), json { $0.array(check.lines) { $0.string($1) } }, check.note])
            }
            for (l, line) in statement.lines.enumerated() {
                try insert(line, ordinal: l, statementID: statement.id, documentID: record.id)
            }
        }
        for (t, table) in record.tables.enumerated() {
            try execute("INSERT INTO source_table (id, document_id, ordinal, pages, locator) VALUES (?, ?, ?, ?, ?)",
                        arguments: [table.id, record.id, t, json { $0.array(table.pages) { $0.int($1) } },
                                    json { $0.write(table.locator) }])
            for (r, row) in table.rows.enumerated() {
                for cell in row {
                    try execute("INSERT INTO cell (id, table_id, row, col, span, text, locator) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                arguments: [cell.id, table.id, r, cell.col, cell.span, cell.text, json { $0.write(cell.locator) }])
                }
            }
        }
    }

    /// A document with no record: `status` is `failed` or `quarantined`.
    func insertFailure(sha256: String, sourcePath: String, status: String, reason: String, generator: String) throws {
        let id = CitationID(sha256: sha256).document
        try delete(documentID: id)
        try execute("""
            INSERT INTO document (id, sha256, source_path, file, companions, warnings, generator, status, error)
            VALUES (?, ?, ?, ?, '[]', '[]', ?, ?, ?)
            """, arguments: [id, sha256, sourcePath, URL(fileURLWithPath: sourcePath).lastPathComponent, generator, status, reason])
    }

    func recordSource(_ source: SourceStat, sha256: String) throws {
        try execute("INSERT OR REPLACE INTO source_file (path, size, modified, sha256) VALUES (?, ?, ?, ?)",
                       arguments: [source.path, source.size, source.modified, sha256])
    }

    private func insert(_ line: Line, ordinal: Int, statementID: String, documentID: String) throws {
        try execute("""
            INSERT INTO line (id, statement_id, ordinal, label, section, depth, is_total, concept, xbrl_concept, xbrl_dimensions)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [line.id, statementID, ordinal, line.label, json { $0.array(line.section) { $0.string($1) } }, line.depth,
                             line.isTotal, line.concept, line.xbrlConcept, json { $0.array(line.xbrlDimensions) { $0.string($1) } }])
        let words = [line.label, line.concept, line.xbrlConcept].compactMap { $0 }.joined(separator: " ")
        try index(words, kind: "line", id: line.id, document: documentID)
        for (f, fact) in line.facts.enumerated() {
            try execute("""
                INSERT INTO fact (id, line_id, document_id, ordinal, period, value, printed, xbrl_value, unit, page, locator,
                                  cell_id, flags)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [fact.id, line.id, documentID, f, fact.period, fact.value.map(Self.decimalText), fact.printed,
                                 fact.xbrlValue.map(Self.decimalText), fact.unit, fact.locator.page, json { $0.write(fact.locator) }, fact.cell,
                                 json { $0.array(fact.flags) { $0.string($1) } }])
        }
    }

    private func index(_ text: String, kind: String, id: String, document: String) throws {
        guard !text.isEmpty else { return }
        try execute("INSERT INTO search (text, kind, ref_id, document_id) VALUES (?, ?, ?, ?)",
                    arguments: [text, kind, id, document])
    }

    /// Removes a document and everything hanging from it (an earlier generator's rows). A new
    /// document has none: the search table has no index on its document, so it is not scanned.
    private func delete(documentID: String) throws {
        guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM document WHERE id = ?"), arguments: [documentID]) != nil
        else { return }
        try db.execute(sql: "DELETE FROM search WHERE document_id = ?", arguments: [documentID])
        try db.execute(sql: "DELETE FROM fact WHERE document_id = ?", arguments: [documentID])
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [documentID])
    }

    /// Exact decimal text: `25558000000`, `-0.25`.
    static func decimalText(_ value: Decimal) -> String { "\(value)" }

    private func execute(_ sql: String, arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    private func json(_ body: (inout JSONWriter) -> Void) -> String { JSONWriter.compactText(body) }
}
