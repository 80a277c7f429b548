import GRDB

/// Full-text search for `cite search`: facts of the lines whose label or concepts match, and text
/// passages (search rows of kind `passage`, when the corpus holds any), ranked by FTS5 bm25.
extension SQLiteCorpus {
    /// What narrows a search: each filter given must hold.
    public struct SearchFilters: Sendable, Equatable {
        /// Ticker, CIK, or part of the entity name.
        public var entity: String?
        public var form: String?
        /// A calendar year the fact's period names (a passage: its document's fiscal year).
        public var year: Int?
        /// A statement kind (`cash_flow`); passages have none and are left out.
        public var statement: String?
        /// Part of our canonical concept or the XBRL concept; passages are left out.
        public var concept: String?

        public init(entity: String? = nil, form: String? = nil, year: Int? = nil, statement: String? = nil, concept: String? = nil) {
            self.entity = entity
            self.form = form
            self.year = year
            self.statement = statement
            self.concept = concept
        }
    }

    /// A fact of a matching line, or a matching passage, with its bm25 score (lower is better).
    public struct RankedHit: Sendable, Codable, Equatable {
        public var kind: String
        public var id: String
        public var score: Double
        public var fact: CitedFact?
        /// The passage text; nil for a fact.
        public var text: String?
        public var page: Int?
        public var document: DocumentSummary
    }

    /// Facts and passages matching every word of `query` (any word when none matches them all),
    /// best first, ties in ID order.
    public func rankedSearch(_ query: String, filters: SearchFilters = .init(), limit: Int = 20) throws(CorpusError) -> [RankedHit] {
        let words = query.split { !$0.isLetter && !$0.isNumber }.map { "\"\($0)\"" }
        guard !words.isEmpty else { return [] }
        let all = try rankedSearch(match: words.joined(separator: " "), filters: filters, limit: limit)
        guard all.isEmpty, words.count > 1 else { return all }
        return try rankedSearch(match: words.joined(separator: " OR "), filters: filters, limit: limit)
    }

    private func rankedSearch(match: String, filters: SearchFilters, limit: Int) throws(CorpusError) -> [RankedHit] {
        let (documentConditions, documentArguments) = filters.documentConditions
        let (ownConditions, ownArguments) = filters.factConditions
        var conditions = ["search MATCH ?"] + documentConditions
        var arguments: [(any DatabaseValueConvertible)?] = [match] + documentArguments
        let factConditions = conditions + ownConditions
        let factArguments = arguments + ownArguments
        // Without filters the best lines decide: rank them in the index alone, then join their facts.
        let unfiltered = factConditions.count == 1
        let source = unfiltered ? """
            (SELECT ref_id, bm25(search) AS score FROM search
             WHERE search MATCH ? AND kind = 'line' AND EXISTS (SELECT 1 FROM fact WHERE fact.line_id = search.ref_id)
             ORDER BY score, ref_id LIMIT ?) AS top JOIN line l ON l.id = top.ref_id
            """ : "search JOIN line l ON l.id = search.ref_id"
        let score = unfiltered ? "top.score" : "bm25(search)"
        let condition = unfiltered ? "1" : "search.kind = 'line' AND " + factConditions.joined(separator: " AND ")
        let sourceArguments: [(any DatabaseValueConvertible)?] = unfiltered ? [match, limit] : factArguments
        var hits = try run { try $0.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.factColumns), \(score) AS score
                FROM \(source) JOIN fact f ON f.line_id = l.id
                JOIN statement s ON s.id = l.statement_id JOIN document d ON d.id = f.document_id
                WHERE \(condition)
                ORDER BY score, l.id, f.ordinal LIMIT ?
                """, arguments: StatementArguments(sourceArguments + [limit])).map { row in
                let fact = Self.citedFact(row)
                return RankedHit(kind: "fact", id: fact.id, score: row["score"], fact: fact, text: nil, page: fact.page,
                                 document: fact.document)
            }
        } }
        if filters.statement == nil && filters.concept == nil {
            if let year = filters.year {
                conditions.append("(d.fiscal_year = ? OR d.period_end LIKE ?)")
                arguments += [year, "\(year)%"]
            }
            hits += try passages(conditions: conditions, arguments: arguments, limit: limit)
        }
        return Array(hits.sorted { ($0.score, $0.id) < ($1.score, $1.id) }.prefix(limit))
    }

    private func passages(conditions: [String], arguments: [(any DatabaseValueConvertible)?], limit: Int) throws(CorpusError) -> [RankedHit] {
        // Without document filters, rank in the index alone and join only the best passages.
        let unfiltered = conditions.count == 1
        let source = unfiltered ? """
            (SELECT ref_id, document_id, text, bm25(search) AS score FROM search
             WHERE search MATCH ? AND kind = 'passage' ORDER BY score, ref_id LIMIT ?) AS search
            """ : "search"
        let condition = unfiltered ? "1" : "search.kind = 'passage' AND " + conditions.joined(separator: " AND ")
        let score = unfiltered ? "search.score" : "bm25(search)"
        let sourceArguments = unfiltered ? arguments + [limit] : arguments
        return try run { try $0.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.documentColumns), search.ref_id, search.text, \(score) AS score, p.page
                FROM \(source) JOIN document d ON d.id = search.document_id JOIN passage p ON p.id = search.ref_id
                WHERE \(condition)
                ORDER BY score, search.ref_id LIMIT ?
                """, arguments: StatementArguments(sourceArguments + [limit])).map { row in
                RankedHit(kind: "passage", id: row[10], score: row["score"], fact: nil, text: row[11], page: row["page"],
                          document: Self.documentSummary(row, from: 0))
            }
        } }
    }
}

extension SQLiteCorpus.SearchFilters {
    /// The conditions on the document `d` (entity, form), SQL and arguments.
    var documentConditions: (sql: [String], arguments: [(any DatabaseValueConvertible)?]) {
        var sql: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let entity {
            sql.append("(d.ticker = ? COLLATE NOCASE OR d.cik = ? OR d.entity_name LIKE ?)")
            arguments += [entity, entity, "%\(entity)%"]
        }
        if let form {
            sql.append("d.form = ? COLLATE NOCASE")
            arguments.append(form)
        }
        return (sql, arguments)
    }

    /// The conditions on the fact `f`, its line `l` and statement `s` (year, statement, concept).
    var factConditions: (sql: [String], arguments: [(any DatabaseValueConvertible)?]) {
        var sql: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let year {
            sql.append("f.period LIKE ?")
            arguments.append("%\(year)%")
        }
        if let statement {
            sql.append("s.kind = ?")
            arguments.append(statement)
        }
        if let concept {
            sql.append("(l.concept LIKE ? OR l.xbrl_concept LIKE ?)")
            arguments += ["%\(concept)%", "%\(concept)%"]
        }
        return (sql, arguments)
    }
}
