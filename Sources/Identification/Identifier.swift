import TickmarkModel

/// Identify stage: gives the document, its statements, lines, facts, tables and cells their
/// stable IDs. Identity comes only from what the source fixes (its bytes, printed labels and
/// periods, XBRL concepts and contexts), never from inferences such as canonical concepts.
public struct Identifier: Sendable {
    /// Length of the document ID: that many leading hex digits of the SHA-256.
    public static let documentIDLength = 12

    public init() {}

    public static func documentID(sha256: String) -> String { String(sha256.prefix(documentIDLength)) }

    /// Fills every `id` of the normalized statements and builds the document record.
    public func identify(_ checked: CheckedDocument, file: SourceFile, pageCount: Int?) -> DocumentRecord {
        let document = checked.content
        let docID = Identifier.documentID(sha256: file.sha256)
        var kindCounts: [StatementKind: Int] = [:]
        let statements = document.statements.map { statement -> Statement in
            let n = kindCounts[statement.kind, default: 0] + 1
            kindCounts[statement.kind] = n
            let statementID = "\(docID):\(statement.kind.rawValue)" + (n > 1 ? "-\(n)" : "")
            return identify(statement, id: statementID)
        }
        let m = document.metadata
        return DocumentRecord(
            id: docID, sha256: file.sha256, file: file.fileName, format: file.format,
            entity: EntityRecord(name: m.entityName, ticker: m.ticker, cik: m.cik),
            form: m.form, fiscalYear: m.fiscalYear, periodEnd: m.periodEnd, pageCount: pageCount,
            statements: statements, tables: document.tables.map { tableRecord($0, docID: docID) },
            warnings: document.diagnostics)
    }

    private func identify(_ statement: Statement, id: String) -> Statement {
        var result = statement
        result.id = id
        let keys = LineKeys.make(for: statement.lines)
        for (i, key) in keys.enumerated() {
            let lineID = "\(id):\(key)"
            result.lines[i].id = lineID
            var seen: [String: Int] = [:]
            for j in result.lines[i].facts.indices {
                let period = result.lines[i].facts[j].period
                let n = seen[period, default: 0] + 1
                seen[period] = n
                result.lines[i].facts[j].id = "\(lineID)@\(period)" + (n > 1 ? "~\(n)" : "")
            }
        }
        for c in result.checks.indices {
            result.checks[c].lines = result.checks[c].lineIndexes.map { result.lines[$0].id }
        }
        return result
    }

    private func tableRecord(_ table: Table, docID: String) -> TableRecord {
        let tableID = "\(docID):table-\(table.index + 1)"
        let rows = table.rows.enumerated().map { r, row in
            row.cells.map { cell in
                CellRecord(id: "\(tableID):r\(r + 1)c\(cell.column)", text: cell.text, col: cell.column,
                           span: cell.span, locator: cell.locator)
            }
        }
        return TableRecord(id: tableID, pages: table.pages, locator: table.locator, rows: rows)
    }
}
