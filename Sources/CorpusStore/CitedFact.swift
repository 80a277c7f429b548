/// A document of the corpus as a citation names it: who filed it, what form, which file.
public struct DocumentSummary: Sendable, Codable, Equatable, Hashable {
    public var id: String
    public var entity: String?
    public var ticker: String?
    public var cik: String?
    public var form: String?
    public var fiscalYear: Int?
    public var periodEnd: String?
    public var file: String
    public var sha256: String
    public var format: String?
}

/// One fact of the corpus with everything a citation needs: its value (exact decimal text, as
/// presented), the text printed, its line, statement and document.
public struct CitedFact: Sendable, Codable, Equatable {
    public var id: String
    /// Exact decimal text with sign and scale applied; nil for a dash.
    public var value: String?
    public var printed: String?
    public var unit: String?
    /// Period key: `FY2018`, `3M-2023-07-01`, `2018-12-31`.
    public var period: String
    public var page: Int?
    /// Failing self-check rules, or `unchecked`.
    public var flags: [String]
    public var cell: String?
    /// The locator as stored (JSON).
    public var locator: String
    public var line: LineSummary
    public var statement: StatementSummary
    public var document: DocumentSummary

    /// The line a fact belongs to.
    public struct LineSummary: Sendable, Codable, Equatable {
        public var id: String
        public var label: String
        public var section: [String]
        public var concept: String?
        public var xbrlConcept: String?
        public var xbrlDimensions: String
        public var ordinal: Int
        public var depth: Int
        public var isTotal: Bool
    }

    /// The statement a fact belongs to; `scale` is what its printed figures are multiplied by.
    public struct StatementSummary: Sendable, Codable, Equatable {
        public var id: String
        public var kind: String
        public var title: String
        public var scale: Int
        public var currency: String?
    }
}

/// One narrative passage of the corpus as a citation names it.
public struct CitedPassage: Sendable, Codable, Equatable {
    public var id: String
    /// The document's ID.
    public var document: String
    /// The PDF page; nil for HTML.
    public var page: Int?
    public var text: String
    /// The locator as stored (JSON).
    public var locator: String
}
