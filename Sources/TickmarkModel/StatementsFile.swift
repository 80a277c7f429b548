import Foundation

/// The root of statements.json, the contract other tools read. Field names are fixed by
/// ARCHITECTURE.md; optional contract fields are written as `null`, never left out.
public struct StatementsFile: Codable, Sendable {
    /// Version of the statements.json schema this file follows.
    public static let schemaVersion = "1.4"

    public var schema: String
    public var generator: String
    public var documents: [DocumentRecord]

    public init(generator: String, documents: [DocumentRecord]) {
        self.schema = StatementsFile.schemaVersion
        self.generator = generator
        self.documents = documents
    }
}

/// One ingested document.
public struct DocumentRecord: Codable, Sendable {
    public var id: String
    public var sha256: String
    public var file: String
    public var format: FileFormat
    public var entity: EntityRecord
    public var form: String?
    public var fiscalYear: Int?
    public var periodEnd: CalendarDate?
    public var pageCount: Int?
    public var statements: [Statement]
    public var tables: [TableRecord]
    /// The narrative passages (paragraphs of running text), citable and searchable.
    public var passages: [Passage]
    public var warnings: [Diagnostic]
    /// The files read beside the document (an XBRL instance's schema and linkbases), with their
    /// digests: the output depends on them as much as on the document's own bytes.
    public var companions: [CompanionFile]

    public init(id: String, sha256: String, file: String, format: FileFormat, entity: EntityRecord, form: String?,
                fiscalYear: Int?, periodEnd: CalendarDate?, pageCount: Int?, statements: [Statement],
                tables: [TableRecord], passages: [Passage] = [], warnings: [Diagnostic], companions: [CompanionFile] = []) {
        self.id = id
        self.sha256 = sha256
        self.file = file
        self.format = format
        self.entity = entity
        self.form = form
        self.fiscalYear = fiscalYear
        self.periodEnd = periodEnd
        self.pageCount = pageCount
        self.statements = statements
        self.tables = tables
        self.passages = passages
        self.warnings = warnings
        self.companions = companions
    }

    private enum CodingKeys: String, CodingKey {
        case id, sha256, file, format, entity, form, fiscalYear, periodEnd, pageCount, companions, statements, tables, passages,
            warnings
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), sha256: try c.decode(String.self, forKey: .sha256),
                  file: try c.decode(String.self, forKey: .file), format: try c.decode(FileFormat.self, forKey: .format),
                  entity: try c.decode(EntityRecord.self, forKey: .entity), form: try c.decodeIfPresent(String.self, forKey: .form),
                  fiscalYear: try c.decodeIfPresent(Int.self, forKey: .fiscalYear),
                  periodEnd: try c.decodeIfPresent(CalendarDate.self, forKey: .periodEnd),
                  pageCount: try c.decodeIfPresent(Int.self, forKey: .pageCount),
                  statements: try c.decode([Statement].self, forKey: .statements),
                  tables: try c.decode([TableRecord].self, forKey: .tables),
                  passages: try c.decodeIfPresent([Passage].self, forKey: .passages) ?? [], warnings: try c.decode([Diagnostic].self, forKey: .warnings),
                  companions: try c.decodeIfPresent([CompanionFile].self, forKey: .companions) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(file, forKey: .file)
        try c.encode(format, forKey: .format)
        try c.encode(entity, forKey: .entity)
        try c.encode(form, forKey: .form)
        try c.encode(fiscalYear, forKey: .fiscalYear)
        try c.encode(periodEnd, forKey: .periodEnd)
        try c.encode(pageCount, forKey: .pageCount)
        try c.encode(companions, forKey: .companions)
        try c.encode(statements, forKey: .statements)
        try c.encode(tables, forKey: .tables)
        try c.encode(passages, forKey: .passages)
        try c.encode(warnings, forKey: .warnings)
    }
}

/// Who filed the document, as printed or tagged; unknown fields are null.
public struct EntityRecord: Codable, Sendable, Hashable {
    public var name: String?
    public var ticker: String?
    public var cik: String?

    public init(name: String?, ticker: String?, cik: String?) {
        self.name = name
        self.ticker = ticker
        self.cik = cik
    }

    private enum CodingKeys: String, CodingKey { case name, ticker, cik }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(ticker, forKey: .ticker)
        try c.encode(cik, forKey: .cik)
    }
}

/// A primary financial statement rebuilt from the document.
public struct Statement: Codable, Sendable {
    public var id: String
    public var kind: StatementKind
    public var title: String
    public var pages: [Int]
    public var currency: String?
    /// Multiplier printed in the header: 1, 1000, 1000000 …
    public var scale: Int
    public var periods: [Period]
    public var lines: [Line]
    /// The self-checks run on the statement (see `CheckRule`); empty until the check stage runs.
    public var checks: [StatementCheck]

    public init(id: String, kind: StatementKind, title: String, pages: [Int], currency: String?, scale: Int,
                periods: [Period], lines: [Line], checks: [StatementCheck] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.pages = pages
        self.currency = currency
        self.scale = scale
        self.periods = periods
        self.lines = lines
        self.checks = checks
    }

    private enum CodingKeys: String, CodingKey { case id, kind, title, pages, currency, scale, periods, lines, checks }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), kind: try c.decode(StatementKind.self, forKey: .kind),
                  title: try c.decode(String.self, forKey: .title), pages: try c.decode([Int].self, forKey: .pages),
                  currency: try c.decodeIfPresent(String.self, forKey: .currency), scale: try c.decode(Int.self, forKey: .scale),
                  periods: try c.decode([Period].self, forKey: .periods), lines: try c.decode([Line].self, forKey: .lines),
                  checks: try c.decodeIfPresent([StatementCheck].self, forKey: .checks) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        try c.encode(pages, forKey: .pages)
        try c.encode(currency, forKey: .currency)
        try c.encode(scale, forKey: .scale)
        try c.encode(periods, forKey: .periods)
        try c.encode(lines, forKey: .lines)
        try c.encode(checks, forKey: .checks)
    }
}

/// A column's period, keyed by its dates (`key`, which facts and checks refer to) and by what
/// its header prints (`citationKey`, which fact IDs use).
public struct Period: Codable, Sendable, Hashable {
    public var key: String
    public var type: PeriodSpan.Kind
    public var start: CalendarDate?
    public var end: CalendarDate?
    public var fiscalYear: Int?
    public var header: String
    /// True when the header prints no end date and `end` is an inference (the cover page's
    /// period end, a quarter stepped back from another column).
    public var endInferred: Bool
    /// The period part of fact IDs: `key`, or for an inferred end the key of what the header
    /// prints (`FY2019`, `FY2019-end`, `Q3-2023`; see `PeriodSpan.printedKey`).
    public var citationKey: String

    public init(key: String, type: PeriodSpan.Kind, start: CalendarDate?, end: CalendarDate?, fiscalYear: Int?, header: String,
                printedKey: String? = nil) {
        self.key = key
        self.type = type
        self.start = start
        self.end = end
        self.fiscalYear = fiscalYear
        self.header = header
        self.endInferred = printedKey != nil
        self.citationKey = printedKey ?? key
    }

    private enum CodingKeys: String, CodingKey { case key, type, start, end, fiscalYear, header, endInferred, citationKey }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let key = try c.decode(String.self, forKey: .key)
        let citationKey = try c.decodeIfPresent(String.self, forKey: .citationKey)
        self.init(key: key, type: try c.decode(PeriodSpan.Kind.self, forKey: .type),
                  start: try c.decodeIfPresent(CalendarDate.self, forKey: .start), end: try c.decodeIfPresent(CalendarDate.self, forKey: .end),
                  fiscalYear: try c.decodeIfPresent(Int.self, forKey: .fiscalYear), header: try c.decode(String.self, forKey: .header),
                  printedKey: try c.decodeIfPresent(Bool.self, forKey: .endInferred) == true ? citationKey : nil)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(citationKey, forKey: .citationKey)
        try c.encode(endInferred, forKey: .endInferred)
        try c.encode(key, forKey: .key)
        try c.encode(type, forKey: .type)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(fiscalYear, forKey: .fiscalYear)
        try c.encode(header, forKey: .header)
    }
}

/// One line of a statement.
public struct Line: Codable, Sendable {
    public var id: String
    public var label: String
    public var section: [String]
    public var depth: Int
    public var isTotal: Bool
    /// Canonical concept (our mapping, an inference), or null.
    public var concept: String?
    public var xbrlConcept: String?
    /// Dimension members of the tagged facts, sorted `axis=member` strings (empty for face lines).
    public var xbrlDimensions: [String]
    public var facts: [Fact]
    /// The component column whose values the line holds, for a statement that prints periods
    /// down the rows (equity); it leads the line's key. Not written to statements.json (the
    /// line's last section entry prints it).
    public var component: String? = nil
    /// The index of that component column among the statement's columns; not written either.
    public var componentColumn: Int? = nil
    /// True when the filer's XBRL presentation shows the line with a negated label: its values
    /// (the tagged ones, XBRL sign convention) are presented with the sign reversed, and the
    /// self-checks add them so. Not written to statements.json.
    public var isPresentedNegated = false

    /// The values of the line's columns, without the facts tagged in its label (`Fact.labelConcept`).
    public var valueFacts: [Fact] { facts.filter { $0.labelConcept == nil } }

    public init(id: String, label: String, section: [String], depth: Int, isTotal: Bool, concept: String?,
                xbrlConcept: String?, xbrlDimensions: [String] = [], facts: [Fact]) {
        self.id = id
        self.label = label
        self.section = section
        self.depth = depth
        self.isTotal = isTotal
        self.concept = concept
        self.xbrlConcept = xbrlConcept
        self.xbrlDimensions = xbrlDimensions
        self.facts = facts
    }

    private enum CodingKeys: String, CodingKey { case id, label, section, depth, isTotal, concept, xbrlConcept, xbrlDimensions, facts }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), label: try c.decode(String.self, forKey: .label),
                  section: try c.decode([String].self, forKey: .section), depth: try c.decode(Int.self, forKey: .depth),
                  isTotal: try c.decode(Bool.self, forKey: .isTotal),
                  concept: try c.decodeIfPresent(String.self, forKey: .concept),
                  xbrlConcept: try c.decodeIfPresent(String.self, forKey: .xbrlConcept),
                  xbrlDimensions: try c.decodeIfPresent([String].self, forKey: .xbrlDimensions) ?? [],
                  facts: try c.decode([Fact].self, forKey: .facts))
        // A fact tagged in the label is told by its ID: the line's key, "/", its own concept.
        guard let lineKey = CitationID(id)?.lineKey else { return }
        for index in facts.indices {
            guard let factKey = CitationID(facts[index].id)?.lineKey, factKey.hasPrefix(lineKey + "/") else { continue }
            let tagged = factKey.dropFirst(lineKey.count + 1)
            let concept = tagged.prefix { $0 != "[" }
            facts[index].labelConcept = String(concept)
            let members = tagged.dropFirst(concept.count).dropFirst().dropLast()
            facts[index].labelDimensions = members.isEmpty ? [] : members.split(separator: ",").map(String.init)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(section, forKey: .section)
        try c.encode(depth, forKey: .depth)
        try c.encode(isTotal, forKey: .isTotal)
        try c.encode(concept, forKey: .concept)
        try c.encode(xbrlConcept, forKey: .xbrlConcept)
        try c.encode(xbrlDimensions, forKey: .xbrlDimensions)
        try c.encode(facts, forKey: .facts)
    }
}

/// One value of a line in one period, with the place it was printed or tagged.
public struct Fact: Codable, Sendable {
    public var id: String
    /// A period key of the statement.
    public var period: String
    /// As presented: printed sign and scale applied; null for a dash.
    public var value: Decimal?
    public var printed: String?
    /// A tagged fact's own value, XBRL sign convention.
    public var xbrlValue: Decimal?
    /// `USD`, `USD/shares`, `shares`, `pure`, or null when unknown.
    public var unit: String?
    public var locator: Locator
    /// The ID of the table cell the value was printed in (PDF, HTML, inline XBRL); null for an
    /// XBRL instance, which prints nothing.
    public var cell: String?
    /// The rules of the failing self-checks that involve this fact, and `unchecked` when no
    /// passing check covers it; empty for a confirmed fact.
    public var flags: [String]
    /// The period part of its ID when its period's end is inferred (the printed key, e.g.
    /// `FY2019-end`; see `Period.citationKey`); nil when it is `period`. Not written to
    /// statements.json (the ID holds it).
    public var citationPeriod: String? = nil
    /// For a fact tagged inside the line's label text rather than in a value column (an inline
    /// XBRL share count or par value), its own concept; with `labelDimensions` it keys the fact's
    /// ID after the line's key (`…:us-gaap:TreasuryStockCommonValue/us-gaap:TreasuryStockCommonShares@2023-05-31`),
    /// and the self-checks leave it out. Nil for a value of the line's columns. Not written to
    /// statements.json (the ID holds it).
    public var labelConcept: String? = nil
    /// The dimension members of a label fact (`labelConcept`), sorted `axis=member` strings.
    public var labelDimensions: [String] = []

    public init(id: String, period: String, value: Decimal?, printed: String?, xbrlValue: Decimal?, unit: String?,
                locator: Locator, cell: String? = nil, flags: [String] = []) {
        self.id = id
        self.period = period
        self.value = value
        self.printed = printed
        self.xbrlValue = xbrlValue
        self.unit = unit
        self.locator = locator
        self.cell = cell
        self.flags = flags
    }

    private enum CodingKeys: String, CodingKey { case id, period, value, printed, xbrlValue, unit, locator, cell, flags }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), period: try c.decode(String.self, forKey: .period),
                  value: try c.decodeIfPresent(Decimal.self, forKey: .value),
                  printed: try c.decodeIfPresent(String.self, forKey: .printed),
                  xbrlValue: try c.decodeIfPresent(Decimal.self, forKey: .xbrlValue),
                  unit: try c.decodeIfPresent(String.self, forKey: .unit), locator: try c.decode(Locator.self, forKey: .locator),
                  cell: try c.decodeIfPresent(String.self, forKey: .cell),
                  flags: try c.decodeIfPresent([String].self, forKey: .flags) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(period, forKey: .period)
        try c.encode(value, forKey: .value)
        try c.encode(printed, forKey: .printed)
        try c.encode(xbrlValue, forKey: .xbrlValue)
        try c.encode(unit, forKey: .unit)
        try c.encode(locator, forKey: .locator)
        try c.encode(cell, forKey: .cell)
        try c.encode(flags, forKey: .flags)
    }
}

/// Any table of the document, statements included, so that every printed value is citable.
public struct TableRecord: Codable, Sendable {
    public var id: String
    public var pages: [Int]
    public var locator: Locator
    public var rows: [[CellRecord]]

    public init(id: String, pages: [Int], locator: Locator, rows: [[CellRecord]]) {
        self.id = id
        self.pages = pages
        self.locator = locator
        self.rows = rows
    }
}

/// One table cell as printed.
public struct CellRecord: Codable, Sendable {
    public var id: String
    public var text: String
    public var col: Int
    public var span: Int
    public var locator: Locator

    public init(id: String, text: String, col: Int, span: Int, locator: Locator) {
        self.id = id
        self.text = text
        self.col = col
        self.span = span
        self.locator = locator
    }
}
