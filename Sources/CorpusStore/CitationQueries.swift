import Foundation
import GRDB

/// Read queries behind `cite`: facts with their line, statement and document, by ID, by line,
/// by statement, by document and period, by value.
extension SQLiteCorpus {
    static let factColumns = """
        f.id, f.value, f.printed, f.unit, f.period, f.page, f.flags, f.cell_id, f.locator,
        l.id, l.label, l.section, l.concept, l.xbrl_concept, l.xbrl_dimensions, l.ordinal, l.depth, l.is_total,
        s.id, s.kind, s.title, s.scale, s.currency,
        d.id, d.entity_name, d.ticker, d.cik, d.form, d.fiscal_year, d.period_end, d.file, d.sha256, d.format
        """
    static let factJoins = """
        FROM fact f JOIN line l ON l.id = f.line_id JOIN statement s ON s.id = l.statement_id
        JOIN document d ON d.id = f.document_id
        """

    static func citedFact(_ row: Row) -> CitedFact {
        CitedFact(
            id: row[0], value: row[1], printed: row[2], unit: row[3], period: row[4], page: row[5],
            flags: jsonStrings(row[6]), cell: row[7], locator: row[8],
            line: .init(id: row[9], label: row[10], section: jsonStrings(row[11]), concept: row[12], xbrlConcept: row[13],
                        xbrlDimensions: row[14], ordinal: row[15], depth: row[16], isTotal: row[17]),
            statement: .init(id: row[18], kind: row[19], title: row[20], scale: row[21], currency: row[22]),
            document: documentSummary(row, from: 23))
    }

    static let documentColumns = "d.id, d.entity_name, d.ticker, d.cik, d.form, d.fiscal_year, d.period_end, d.file, d.sha256, d.format"

    static func documentSummary(_ row: Row, from i: Int) -> DocumentSummary {
        DocumentSummary(id: row[i], entity: row[i + 1], ticker: row[i + 2], cik: row[i + 3], form: row[i + 4],
                        fiscalYear: row[i + 5], periodEnd: row[i + 6], file: row[i + 7], sha256: row[i + 8], format: row[i + 9])
    }

    private static func jsonStrings(_ text: String?) -> [String] {
        guard let text, let strings = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else { return [] }
        return strings
    }

    /// Facts matching a SQL condition over `f`, `l`, `s`, `d`, in document, statement, line and fact order.
    func facts(where condition: String, arguments: StatementArguments = [], limit: Int? = nil) throws(CorpusError) -> [CitedFact] {
        try run { try $0.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.factColumns) \(Self.factJoins) WHERE \(condition)
                ORDER BY d.id, s.id, l.ordinal, f.ordinal \(limit.map { "LIMIT \($0)" } ?? "")
                """, arguments: arguments).map(Self.citedFact)
        } }
    }

    /// One fact by its ID (not through aliases).
    public func fact(_ id: String) throws(CorpusError) -> CitedFact? {
        try facts(where: "f.id = ?", arguments: [id]).first
    }

    /// The ID an old ID was renamed to by a rebuild, if any.
    public func alias(of id: String) throws(CorpusError) -> String? {
        try run { try $0.read { db in try String.fetchOne(db, sql: "SELECT new_id FROM alias WHERE old_id = ?", arguments: [id]) } }
    }

    /// Every fact of a line, in printed order.
    public func facts(ofLine id: String) throws(CorpusError) -> [CitedFact] {
        try facts(where: "f.line_id = ?", arguments: [id])
    }

    /// Every fact of a statement, in printed order of lines and columns.
    public func facts(ofStatement id: String) throws(CorpusError) -> [CitedFact] {
        try facts(where: "l.statement_id = ?", arguments: [id])
    }

    /// The facts of these documents for one period whose line could report the same concept as
    /// `line` of a `kind` statement: the same canonical concept, else the same XBRL concept and
    /// dimensions, else (no concept at all) a line of the same statement kind. A prefilter: the
    /// caller compares labels.
    public func facts(inDocuments ids: [String], period: String, likeLine line: CitedFact.LineSummary, kind: String)
        throws(CorpusError) -> [CitedFact] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let (condition, values): (String, [String]) = if let concept = line.concept {
            ("l.concept = ?", [concept])
        } else if let concept = line.xbrlConcept {
            ("l.concept IS NULL AND l.xbrl_concept = ? AND l.xbrl_dimensions = ?", [concept, line.xbrlDimensions])
        } else {
            ("l.concept IS NULL AND l.xbrl_concept IS NULL AND s.kind = ?", [kind])
        }
        return try facts(where: "f.document_id IN (\(marks)) AND f.period = ? AND \(condition)",
                         arguments: StatementArguments(ids + [period] + values))
    }

    /// Every document that was read (not the failed ones).
    /// A narrative passage by its ID: its text, page (PDF) and locator (JSON), and its document.
    public func passage(_ id: String) throws(CorpusError) -> CitedPassage? {
        try run { try $0.read { db in
            try Row.fetchOne(db, sql: "SELECT id, document_id, page, text, locator FROM passage WHERE id = ?", arguments: [id]).map {
                CitedPassage(id: $0[0], document: $0[1], page: $0[2], text: $0[3], locator: $0[4])
            }
        } }
    }

    public func documentSummaries() throws(CorpusError) -> [DocumentSummary] {
        try run { try $0.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.documentColumns) FROM document d WHERE d.status = 'ok' ORDER BY d.id")
                .map { Self.documentSummary($0, from: 0) }
        } }
    }

    /// The file a document was read from (absolute since sources are recorded so; older corpora hold
    /// the path as ingest was given it),
    /// with its full SHA-256 and page count (PDF); nil for an unknown or unread document.
    public func documentSource(_ id: String) throws(CorpusError) -> (path: String, sha256: String, pageCount: Int?)? {
        try run { try $0.read { db in
            try Row.fetchOne(db, sql: "SELECT source_path, sha256, page_count FROM document WHERE id = ? AND status = 'ok'", arguments: [id])
                .map { ($0[0], $0[1], $0[2]) }
        } }
    }

    /// A statement's periods as stored (JSON), its title and scale; nil when unknown.
    public func statementPeriods(_ id: String) throws(CorpusError) -> String? {
        try run { try $0.read { db in try String.fetchOne(db, sql: "SELECT periods FROM statement WHERE id = ?", arguments: [id]) } }
    }

    /// The statements of a document: ID, kind and title, in printed order.
    public func statements(ofDocument id: String) throws(CorpusError) -> [(id: String, kind: String, title: String)] {
        try run { try $0.read { db in
            try Row.fetchAll(db, sql: "SELECT id, kind, title FROM statement WHERE document_id = ? ORDER BY ordinal", arguments: [id])
                .map { ($0[0], $0[1], $0[2]) }
        } }
    }

    /// The cells of the printed row a cell belongs to, left to right (the row as printed).
    public func printedRow(ofCell id: String) throws(CorpusError) -> [String] {
        try run { try $0.read { db in
            try String.fetchAll(db, sql: """
                SELECT c.text FROM cell c JOIN cell me ON me.table_id = c.table_id AND me.row = c.row
                WHERE me.id = ? ORDER BY c.col
                """, arguments: [id])
        } }
    }

    /// Facts whose magnitude lies in one of the closed ranges and that pass the filters, at most `limit`.
    public func facts(magnitudeIn ranges: [ClosedRange<Double>], filters: SearchFilters = .init(), limit: Int)
        throws(CorpusError) -> [CitedFact] {
        guard !ranges.isEmpty else { return [] }
        // One range search of the `fact_magnitude` index per range (an OR of ranges would scan).
        let inRanges = ranges.map { _ in
            "SELECT id FROM fact WHERE value IS NOT NULL AND \(CorpusSchema.magnitude) BETWEEN ? AND ?"
        }.joined(separator: " UNION ALL ")
        let bounds: [(any DatabaseValueConvertible)?] = ranges.flatMap { [$0.lowerBound, $0.upperBound] }
        let (documentConditions, documentArguments) = filters.documentConditions
        let (factConditions, factArguments) = filters.factConditions
        let conditions = ["f.id IN (\(inRanges))"] + documentConditions + factConditions
        return try facts(where: conditions.joined(separator: " AND "),
                         arguments: StatementArguments(bounds + documentArguments + factArguments), limit: limit)
    }

    /// Every fact holding a value whose line has no XBRL dimensions, for comparisons across documents.
    public func comparableFacts(documents ids: [String]) throws(CorpusError) -> [CitedFact] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        return try facts(where: "f.document_id IN (\(marks)) AND f.value IS NOT NULL AND l.xbrl_dimensions IN ('[]', '{}', '')",
                         arguments: StatementArguments(ids))
    }
}

extension SQLiteCorpus {
    /// For each other document printing any of document `id`'s figures of at least `minimum` for
    /// the same period (in magnitude: a sign is a presentation choice), how many such figures both
    /// print; only among `candidates` when given. Found through the value index.
    public func documentsSharingValues(with id: String, minimum: Double, among candidates: [String]? = nil)
        throws(CorpusError) -> [String: Int] {
        let among = candidates.map { "AND document_id IN (\(Array(repeating: "?", count: $0.count).joined(separator: ", ")))" } ?? ""
        return try run { try $0.read { db in
            let rows = try Row.fetchAll(db, sql: """
                WITH mine AS (
                    SELECT DISTINCT period, ltrim(value, '-') AS magnitude FROM fact
                    WHERE document_id = ? AND value IS NOT NULL AND \(CorpusSchema.magnitude) >= ?),
                wanted AS (SELECT magnitude AS value FROM mine UNION SELECT '-' || magnitude FROM mine)
                SELECT document_id, COUNT(DISTINCT period || ' ' || ltrim(value, '-')) FROM fact
                WHERE value IN (SELECT value FROM wanted) AND (period, ltrim(value, '-')) IN (SELECT period, magnitude FROM mine)
                AND document_id != ? \(among) GROUP BY document_id
                """, arguments: StatementArguments([id, minimum, id] as [any DatabaseValueConvertible] + (candidates ?? [])))
            return Dictionary(rows.map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
        } }
    }

    /// How many distinct figures of at least `minimum` (in magnitude) document `id` prints, by period key.
    public func figureCounts(of id: String, minimum: Double) throws(CorpusError) -> [String: Int] {
        try run { try $0.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT period, COUNT(DISTINCT ltrim(value, '-')) FROM fact
                WHERE document_id = ? AND value IS NOT NULL AND \(CorpusSchema.magnitude) >= ? GROUP BY period
                """, arguments: [id, minimum])
            return Dictionary(rows.map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
        } }
    }
}
