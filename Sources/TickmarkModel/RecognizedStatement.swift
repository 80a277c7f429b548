/// The kinds of primary statement, as named in statements.json and in IDs.
public enum StatementKind: String, Codable, Sendable, CaseIterable, Comparable {
    case income
    case comprehensiveIncome = "comprehensive_income"
    case balance
    case cashFlow = "cash_flow"
    case equity

    public static func < (a: StatementKind, b: StatementKind) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// The scale a statement header prints ("in millions") as a power of ten.
public struct Scale: Sendable, Hashable {
    /// 0 for units, 3 for thousands, 6 for millions, 9 for billions.
    public var exponent: Int
    /// The printed phrase, e.g. "in millions, except per share amounts".
    public var printed: String?

    public init(exponent: Int, printed: String? = nil) {
        self.exponent = exponent
        self.printed = printed
    }

    public static let units = Scale(exponent: 0)
}

/// Recognize's output for one primary statement: what is printed, organised into periods,
/// sections and rows, with every cell's text and place. Normalize turns it into a `Statement`.
public struct RecognizedStatement: Sendable {
    public var kind: StatementKind
    /// Title as printed ("CONSOLIDATED STATEMENTS OF CASH FLOWS").
    public var title: String
    public var pages: [Int]
    public var scale: Scale
    /// ISO 4217 code, when printed or tagged ("USD").
    public var currency: String?
    public var columns: [PeriodColumn]
    public var rows: [RecognizedRow]
    /// Index of the source table(s) in document order (joined continuations give several).
    public var tableIndexes: [Int]

    public init(kind: StatementKind, title: String, pages: [Int], scale: Scale, currency: String?,
                columns: [PeriodColumn], rows: [RecognizedRow], tableIndexes: [Int]) {
        self.kind = kind
        self.title = title
        self.pages = pages
        self.scale = scale
        self.currency = currency
        self.columns = columns
        self.rows = rows
        self.tableIndexes = tableIndexes
    }
}

/// A value column of a statement and the period its header names.
public struct PeriodColumn: Sendable, Hashable {
    /// The header as printed, stacked lines joined by a space ("Year Ended December 31, 2018").
    public var header: String
    public var period: PeriodSpan?

    public init(header: String, period: PeriodSpan?) {
        self.header = header
        self.period = period
    }
}

/// One printed row of a statement.
public struct RecognizedRow: Sendable {
    /// Label as printed (wrapped lines joined, dot leaders and footnote marks kept out).
    public var label: String
    /// Enclosing section headings, outermost first ("Cash flows from investing activities").
    public var section: [String]
    public var depth: Int
    public var isTotal: Bool
    /// One entry per column of the statement; nil where the row prints nothing.
    public var cells: [RecognizedCell?]
    /// The concept tagged on the row's values (iXBRL) or its concept (XBRL).
    public var xbrlConcept: String?
    /// The dimension members of the row's tagged facts, sorted `axis=member` strings; empty for
    /// a face row.
    public var xbrlDimensions: [String]
    /// The row's own period, where the statement prints periods down the rows rather than across
    /// the columns (an equity statement's balance and activity rows); nil otherwise.
    public var period: PeriodSpan?
    /// Facts tagged inside the row's label text (inline XBRL), not in a value column.
    public var labelFacts: [LabelFact] = []
    /// True when an XBRL instance's presentation linkbase shows the row with a negated label:
    /// the filer presents its tagged values with the sign reversed (dividends tagged positive
    /// and shown as a deduction).
    public var isPresentedNegated = false

    /// `xbrlDimensions` nil: those of the first tagged fact with the row's concept.
    public init(label: String, section: [String], depth: Int, isTotal: Bool, cells: [RecognizedCell?], xbrlConcept: String? = nil,
                xbrlDimensions: [String]? = nil, period: PeriodSpan? = nil) {
        self.period = period
        self.label = label
        self.section = section
        self.depth = depth
        self.isTotal = isTotal
        self.cells = cells
        self.xbrlConcept = xbrlConcept
        self.xbrlDimensions = xbrlDimensions ?? xbrlConcept.flatMap { concept in
            cells.lazy.compactMap { $0?.fact }.first { $0.concept == concept }?.dimensionMembers
        } ?? []
    }
}

/// A fact an inline XBRL statement tags inside a row's label text rather than in a value column:
/// the share counts and par value a balance sheet prints in its stock lines ("Treasury stock, at
/// cost; 309,252,205 shares at May 31, 2023 …"), an allowance printed beside a receivable.
public struct LabelFact: Sendable {
    /// The tagged value as printed, with the label cell's place and the fact's XBRL identity.
    public var cell: RecognizedCell
    /// The period of the fact's context; nil until a recognizer that reads contexts sets it.
    public var period: PeriodSpan?

    public init(cell: RecognizedCell, period: PeriodSpan? = nil) {
        self.cell = cell
        self.period = period
    }
}

/// One printed (or tagged) value of a row.
public struct RecognizedCell: Sendable {
    public var printed: String
    public var locator: Locator
    public var fact: TaggedFact?
    /// The tagged fact's unit by our names (`USD`, `USD/shares`, `shares`, `pure`; see
    /// `XBRLUnit.name`), when the recognizer resolved its `unitRef`.
    public var unit: String?

    public init(printed: String, locator: Locator, fact: TaggedFact? = nil, unit: String? = nil) {
        self.printed = printed
        self.locator = locator
        self.fact = fact
        self.unit = unit
    }
}

/// Cover-page (or dei) facts about the document. Unknown stays nil, never guessed.
public struct DocumentMetadata: Sendable, Hashable {
    public var entityName: String?
    public var ticker: String?
    public var cik: String?
    public var form: String?
    public var fiscalYear: Int?
    public var periodEnd: CalendarDate?
    /// The filer's fiscal period focus (`FY`, `Q1` …), an attribute, never part of an ID.
    public var fiscalPeriod: String?

    public init(entityName: String? = nil, ticker: String? = nil, cik: String? = nil, form: String? = nil,
                fiscalYear: Int? = nil, periodEnd: CalendarDate? = nil, fiscalPeriod: String? = nil) {
        self.fiscalPeriod = fiscalPeriod
        self.entityName = entityName
        self.ticker = ticker
        self.cik = cik
        self.form = form
        self.fiscalYear = fiscalYear
        self.periodEnd = periodEnd
    }
}

/// Everything Recognize found in a document.
public struct RecognizedDocument: Sendable {
    public var metadata: DocumentMetadata
    public var statements: [RecognizedStatement]
    /// All tables, statements included, so that any printed value stays citable.
    public var tables: [Table]
    /// The narrative passages, in reading order, IDs still empty.
    public var passages: [Passage]
    public var diagnostics: [Diagnostic]

    public init(metadata: DocumentMetadata, statements: [RecognizedStatement], tables: [Table], passages: [Passage] = [],
                diagnostics: [Diagnostic]) {
        self.metadata = metadata
        self.statements = statements
        self.tables = tables
        self.passages = passages
        self.diagnostics = diagnostics
    }
}
