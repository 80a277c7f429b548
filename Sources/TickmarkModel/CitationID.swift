/// The stable name of a citable thing: a document, one of its statements, lines or facts, or
/// one of its tables or cells. This type alone owns the grammar; everything else builds IDs
/// through it and takes them apart with `init?(_:)`.
///
/// ```text
/// document  = 12 lowercase hex digits (the start of the file's SHA-256)
/// statement = document ":" kind [ "." qualifier ]          3f9a1c0b7d2e:balance.usd
/// line      = statement ":" line-key                       …:cash_flow:investing-activities/other
/// fact      = line "@" period-key [ "~" n ]                …/other@FY2018
/// table     = document ":table:" anchor                    3f9a1c0b7d2e:table:p56.net-sales
/// cell      = table ":" row "@" column                     …:table:p56.net-sales:cost-of-sales@2018
/// passage   = document ":text:" anchor                     3f9a1c0b7d2e:text:p12.we-design-manufacture-and-market
/// ```
///
/// `kind` is a `StatementKind`; a qualifier, period key, table or passage anchor, row and column are
/// lowercase slugs (period keys also take `FY` and `M`); a line key is any text without `@`,
/// whitespace or control characters (XBRL lines use QNames such as `us-gaap:Revenues`, so it
/// may hold `:`). `~n` (n ≥ 2) marks the n-th fact of a line with the same period, the one
/// positional part of a fact ID.
public struct CitationID: Hashable, Sendable, CustomStringConvertible, LosslessStringConvertible {
    /// Number of hex digits of the document part.
    public static let documentLength = 12

    /// A statement within a document: its kind, and what tells it apart from another statement
    /// of that kind in the same document.
    public struct StatementPart: Hashable, Sendable {
        public var kind: StatementKind
        public var qualifier: String?

        public init(kind: StatementKind, qualifier: String? = nil) {
            self.kind = kind
            self.qualifier = qualifier
        }
    }

    /// What the ID names inside its document.
    public enum Target: Hashable, Sendable {
        case document
        case statement(StatementPart)
        case line(StatementPart, line: String)
        case fact(StatementPart, line: String, period: String, occurrence: Int)
        case table(anchor: String)
        case cell(table: String, row: String, column: String)
        case passage(anchor: String)
    }

    /// The document part: 12 lowercase hex digits.
    public var document: String
    public var target: Target

    public init(document: String, target: Target = .document) {
        self.document = document
        self.target = target
    }

    /// The document ID of a file with this SHA-256 (lowercase hex).
    public init(sha256: String) {
        self.init(document: String(sha256.prefix(Self.documentLength)))
    }

    // MARK: Derived IDs

    public func statement(_ part: StatementPart) -> CitationID { CitationID(document: document, target: .statement(part)) }
    public func table(anchor: String) -> CitationID { CitationID(document: document, target: .table(anchor: anchor)) }
    public func passage(anchor: String) -> CitationID { CitationID(document: document, target: .passage(anchor: anchor)) }

    /// The line `key` of this statement ID.
    public func line(_ key: String) -> CitationID? {
        guard case .statement(let part) = target else { return nil }
        return CitationID(document: document, target: .line(part, line: key))
    }

    /// The fact of this line ID in `period` (its `occurrence`-th with that period).
    public func fact(period: String, occurrence: Int = 1) -> CitationID? {
        guard case .line(let part, let line) = target else { return nil }
        return CitationID(document: document, target: .fact(part, line: line, period: period, occurrence: occurrence))
    }

    /// The cell of this table ID at `row` and `column` anchors.
    public func cell(row: String, column: String) -> CitationID? {
        guard case .table(let anchor) = target else { return nil }
        return CitationID(document: document, target: .cell(table: anchor, row: row, column: column))
    }

    /// The statement this statement, line or fact ID belongs to.
    public var statementID: CitationID? {
        switch target {
        case .statement(let part), .line(let part, _), .fact(let part, _, _, _): statement(part)
        default: nil
        }
    }

    /// The line this line or fact ID belongs to.
    public var lineID: CitationID? {
        switch target {
        case .line: self
        case .fact(let part, let line, _, _): CitationID(document: document, target: .line(part, line: line))
        default: nil
        }
    }

    /// The line key of a line or fact ID.
    public var lineKey: String? {
        switch target {
        case .line(_, let line), .fact(_, let line, _, _): line
        default: nil
        }
    }

    // MARK: Grammar

    public var description: String {
        switch target {
        case .document:
            document
        case .statement(let part):
            "\(document):\(Self.format(part))"
        case .line(let part, let line):
            "\(document):\(Self.format(part)):\(line)"
        case .fact(let part, let line, let period, let occurrence):
            "\(document):\(Self.format(part)):\(line)@\(period)" + (occurrence > 1 ? "~\(occurrence)" : "")
        case .table(let anchor):
            "\(document):table:\(anchor)"
        case .cell(let table, let row, let column):
            "\(document):table:\(table):\(row)@\(column)"
        case .passage(let anchor):
            "\(document):text:\(anchor)"
        }
    }

    /// Parses an ID; nil when it does not follow the grammar.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard let document = parts.first, Self.isDocument(document) else { return nil }
        self.document = document
        guard parts.count > 1 else {
            target = .document
            return
        }
        if parts[1] == "text" {
            guard parts.count == 3, Self.isSlug(parts[2]) else { return nil }
            target = .passage(anchor: parts[2])
            return
        }
        if parts[1] == "table" {
            guard parts.count == 3, let target = Self.parseTable(parts[2]) else { return nil }
            self.target = target
            return
        }
        guard let part = Self.parseStatement(parts[1]) else { return nil }
        guard parts.count == 3 else {
            target = .statement(part)
            return
        }
        guard let target = Self.parseLine(parts[2], in: part) else { return nil }
        self.target = target
    }

    private static func format(_ part: StatementPart) -> String {
        part.kind.rawValue + (part.qualifier.map { ".\($0)" } ?? "")
    }

    private static func isDocument(_ text: String) -> Bool {
        text.utf8.count == documentLength && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// A slug: lowercase letters, digits, `-` and `.` (`p12.net-sales`); `upper` also allows
    /// capitals (period keys: `FY2018`, `3M-2023-07-01`).
    private static func isSlug(_ text: String, upper: Bool = false) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { s in
            ("a"..."z").contains(s) || ("0"..."9").contains(s) || s == "-" || s == "." || (upper && ("A"..."Z").contains(s))
        }
    }

    private static func parseStatement(_ text: String) -> StatementPart? {
        let pieces = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let kind = StatementKind(rawValue: pieces[0]) else { return nil }
        if pieces.count == 1 { return StatementPart(kind: kind) }
        guard isSlug(pieces[1]) else { return nil }
        return StatementPart(kind: kind, qualifier: pieces[1])
    }

    private static func parseLine(_ text: String, in part: StatementPart) -> Target? {
        let pieces = text.split(separator: "@", omittingEmptySubsequences: false).map(String.init)
        let line = pieces[0]
        guard !line.isEmpty, line.unicodeScalars.allSatisfy({ $0.properties.isWhitespace == false && $0.value >= 0x20 }) else {
            return nil
        }
        if pieces.count == 1 { return .line(part, line: line) }
        guard pieces.count == 2 else { return nil }
        let periodPieces = pieces[1].split(separator: "~", omittingEmptySubsequences: false).map(String.init)
        guard isSlug(periodPieces[0], upper: true), periodPieces.count <= 2 else { return nil }
        var occurrence = 1
        if periodPieces.count == 2 {
            guard let n = Int(periodPieces[1]), n >= 2, String(n) == periodPieces[1] else { return nil }
            occurrence = n
        }
        return .fact(part, line: line, period: periodPieces[0], occurrence: occurrence)
    }

    private static func parseTable(_ text: String) -> Target? {
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard isSlug(pieces[0]) else { return nil }
        if pieces.count == 1 { return .table(anchor: pieces[0]) }
        guard pieces.count == 2 else { return nil }
        let cell = pieces[1].split(separator: "@", omittingEmptySubsequences: false).map(String.init)
        guard cell.count == 2, isSlug(cell[0]), isSlug(cell[1]) else { return nil }
        return .cell(table: pieces[0], row: cell[0], column: cell[1])
    }
}
