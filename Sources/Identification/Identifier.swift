import TickmarkModel

/// Identify stage: gives the document, its statements, lines, facts, tables, cells and passages their
/// stable IDs (`CitationID`), and links every printed fact to its table cell. Identity comes
/// only from what the source fixes (its bytes, printed labels, headings and periods, XBRL
/// concepts and contexts), never from inferences such as canonical concepts.
public struct Identifier: Sendable {
    public init() {}

    /// Fills every `id` of the normalized statements and builds the document record.
    public func identify(_ checked: CheckedDocument, file: SourceFile, pageCount: Int?,
                         companions: [CompanionFile] = []) -> DocumentRecord {
        let document = checked.content
        let docID = CitationID(sha256: file.sha256)
        let tables = zip(document.tables, TableAnchors.tables(document.tables)).map { table, anchor in
            tableRecord(table, id: docID.table(anchor: anchor))
        }
        var cellsByPlace: [Locator: String] = [:]
        for table in tables {
            for cell in table.rows.joined() {
                let place = Self.printedPlace(cell.locator)
                if cellsByPlace[place] == nil { cellsByPlace[place] = cell.id }
            }
        }
        let parts = StatementKeys.make(for: document.statements)
        let statements = zip(document.statements, parts).map { statement, part in
            identify(statement, id: docID.statement(part), cells: cellsByPlace)
        }
        var passages = document.passages
        for (i, anchor) in PassageAnchors.anchors(passages).enumerated() {
            passages[i].id = docID.passage(anchor: anchor).description
        }
        let m = document.metadata
        return DocumentRecord(
            id: docID.description, sha256: file.sha256, file: file.fileName, format: file.format,
            entity: EntityRecord(name: m.entityName, ticker: m.ticker, cik: m.cik),
            form: m.form, fiscalYear: m.fiscalYear, periodEnd: m.periodEnd, pageCount: pageCount,
            statements: statements, tables: tables, passages: passages, warnings: document.diagnostics,
            companions: companions)
    }

    private func identify(_ statement: Statement, id: CitationID, cells: [Locator: String]) -> Statement {
        var result = statement
        result.id = id.description
        for (i, key) in LineKeys.make(for: statement.lines).enumerated() {
            guard let lineID = id.line(key) else { continue }
            result.lines[i].id = lineID.description
            var seen: [String: Int] = [:]
            for j in result.lines[i].facts.indices {
                let fact = result.lines[i].facts[j]
                let period = fact.citationPeriod ?? fact.period
                // A fact tagged in the label is keyed by its own concept after the line's key.
                let factLine = fact.labelConcept.flatMap { id.line(key + "/" + LineKeys.tagged($0, dimensions: fact.labelDimensions)) } ?? lineID
                let place = factLine.description + "@" + period
                seen[place, default: 0] += 1
                result.lines[i].facts[j].id = factLine.fact(period: period, occurrence: seen[place]!)?.description ?? ""
                result.lines[i].facts[j].cell = cells[Self.printedPlace(result.lines[i].facts[j].locator)]
            }
        }
        for c in result.checks.indices {
            result.checks[c].lines = result.checks[c].lineIndexes.map { result.lines[$0].id }
        }
        return result
    }

    /// The part of a fact's locator that names where it was printed (an inline-XBRL value's
    /// cell without its XBRL identity); the empty locator of an XBRL instance fact matches no cell.
    private static func printedPlace(_ locator: Locator) -> Locator {
        var place = locator
        place.concept = nil
        place.contextRef = nil
        place.unitRef = nil
        place.element = nil
        return place
    }

    private func tableRecord(_ table: Table, id: CitationID) -> TableRecord {
        let rowAnchors = TableAnchors.rows(table)
        let columnAnchors = TableAnchors.columns(table)
        let rows = table.rows.enumerated().map { r, row in
            row.cells.map { cell in
                let column = cell.column < columnAnchors.count ? columnAnchors[cell.column] : "c\(cell.column)"
                return CellRecord(id: id.cell(row: rowAnchors[r], column: column)?.description ?? "", text: cell.text,
                                  col: cell.column, span: cell.span, locator: cell.locator)
            }
        }
        return TableRecord(id: id.description, pages: table.pages, locator: table.locator, rows: rows)
    }
}
