import Foundation

/// The statements.json members of each record, keys in sorted order, with the same values
/// (null for a missing contract field, members left out where the model omits them) as their
/// `Encodable` conformances.
extension JSONWriter {
    public mutating func write(_ file: StatementsFile) {
        object { w in
            w.key("documents"); w.array(file.documents) { $0.write($1) }
            w.key("generator"); w.string(file.generator)
            w.key("schema"); w.string(file.schema)
        }
    }

    public mutating func write(_ document: DocumentRecord) {
        object { w in
            w.key("companions"); w.array(document.companions) { $0.write($1) }
            w.key("entity"); w.object { w in
                w.key("cik"); w.string(document.entity.cik)
                w.key("name"); w.string(document.entity.name)
                w.key("ticker"); w.string(document.entity.ticker)
            }
            w.key("file"); w.string(document.file)
            w.key("fiscalYear"); w.int(document.fiscalYear)
            w.key("form"); w.string(document.form)
            w.key("format"); w.string(document.format.rawValue)
            w.key("id"); w.string(document.id)
            w.key("pageCount"); w.int(document.pageCount)
            w.key("passages"); w.array(document.passages) { w, passage in
                w.object { w in
                    w.key("id"); w.string(passage.id)
                    w.key("locator"); w.write(passage.locator)
                    w.key("text"); w.string(passage.text)
                }
            }
            w.key("periodEnd"); w.string(document.periodEnd?.iso)
            w.key("sha256"); w.string(document.sha256)
            w.key("statements"); w.array(document.statements) { $0.write($1) }
            w.key("tables"); w.array(document.tables) { $0.write($1) }
            w.key("warnings"); w.array(document.warnings) { $0.write($1) }
        }
    }

    public mutating func write(_ companion: CompanionFile) {
        object { w in
            w.key("file"); w.string(companion.file)
            w.key("sha256"); w.string(companion.sha256)
        }
    }

    public mutating func write(_ statement: Statement) {
        object { w in
            w.key("checks"); w.array(statement.checks) { $0.write($1) }
            w.key("currency"); w.string(statement.currency)
            w.key("id"); w.string(statement.id)
            w.key("kind"); w.string(statement.kind.rawValue)
            w.key("lines"); w.array(statement.lines) { $0.write($1) }
            w.key("pages"); w.array(statement.pages) { $0.int($1) }
            w.key("periods"); w.array(statement.periods) { $0.write($1) }
            w.key("scale"); w.int(statement.scale)
            w.key("title"); w.string(statement.title)
        }
    }

    public mutating func write(_ check: StatementCheck) {
        object { w in
            w.key("actual"); w.decimal(check.actual)
            w.key("expected"); w.decimal(check.expected)
            w.key("lines"); w.array(check.lines) { $0.string($1) }
            w.key("note"); w.string(check.note)
            w.key("period"); w.string(check.period)
            w.key("rule"); w.string(check.rule.rawValue)
            w.key("status"); w.string(check.status.rawValue)
        }
    }

    public mutating func write(_ period: Period) {
        object { w in
            w.key("citationKey"); w.string(period.citationKey)
            w.key("end"); w.string(period.end?.iso)
            w.key("endInferred"); w.bool(period.endInferred)
            w.key("fiscalYear"); w.int(period.fiscalYear)
            w.key("header"); w.string(period.header)
            w.key("key"); w.string(period.key)
            w.key("start"); w.string(period.start?.iso)
            w.key("type"); w.string(period.type.rawValue)
        }
    }

    public mutating func write(_ line: Line) {
        object { w in
            w.key("concept"); w.string(line.concept)
            w.key("depth"); w.int(line.depth)
            w.key("facts"); w.array(line.facts) { $0.write($1) }
            w.key("id"); w.string(line.id)
            w.key("isTotal"); w.bool(line.isTotal)
            w.key("label"); w.string(line.label)
            w.key("section"); w.array(line.section) { $0.string($1) }
            w.key("xbrlConcept"); w.string(line.xbrlConcept)
            w.key("xbrlDimensions"); w.array(line.xbrlDimensions) { $0.string($1) }
        }
    }

    public mutating func write(_ fact: Fact) {
        object { w in
            w.key("cell"); w.string(fact.cell)
            w.key("flags"); w.array(fact.flags) { $0.string($1) }
            w.key("id"); w.string(fact.id)
            w.key("locator"); w.write(fact.locator)
            w.key("period"); w.string(fact.period)
            w.key("printed"); w.string(fact.printed)
            w.key("unit"); w.string(fact.unit)
            w.key("value"); w.decimal(fact.value)
            w.key("xbrlValue"); w.decimal(fact.xbrlValue)
        }
    }

    /// Only the fields the locator has: each format fills its own.
    public mutating func write(_ locator: Locator) {
        object { w in
            if let bbox = locator.bbox?.rounded {
                w.key("bbox"); w.array([bbox.x0, bbox.y0, bbox.x1, bbox.y1]) { $0.double($1) }
            }
            if let col = locator.col { w.key("col"); w.int(col) }
            if let concept = locator.concept { w.key("concept"); w.string(concept) }
            if let contextRef = locator.contextRef { w.key("contextRef"); w.string(contextRef) }
            if let element = locator.element { w.key("element"); w.string(element) }
            if let page = locator.page { w.key("page"); w.int(page) }
            if let path = locator.path { w.key("path"); w.string(path) }
            if let row = locator.row { w.key("row"); w.int(row) }
            if let table = locator.table { w.key("table"); w.int(table) }
            if let range = locator.textRange { w.key("textRange"); w.array([range.start, range.end]) { $0.int($1) } }
            if let unitRef = locator.unitRef { w.key("unitRef"); w.string(unitRef) }
        }
    }

    public mutating func write(_ table: TableRecord) {
        object { w in
            w.key("id"); w.string(table.id)
            w.key("locator"); w.write(table.locator)
            w.key("pages"); w.array(table.pages) { $0.int($1) }
            w.key("rows"); w.array(table.rows) { w, row in
                w.array(row) { w, cell in
                    w.object { w in
                        w.key("col"); w.int(cell.col)
                        w.key("id"); w.string(cell.id)
                        w.key("locator"); w.write(cell.locator)
                        w.key("span"); w.int(cell.span)
                        w.key("text"); w.string(cell.text)
                    }
                }
            }
        }
    }

    public mutating func write(_ diagnostic: Diagnostic) {
        object { w in
            w.key("code"); w.string(diagnostic.code)
            w.key("message"); w.string(diagnostic.message)
            if let page = diagnostic.page { w.key("page"); w.int(page) }
        }
    }
}
