import CorpusStore

/// `cite conflicts`: the same entity, concept and period with different values in different
/// documents — a restatement in a later filing, a 10-K/A beside the 10-K, a press release beside
/// the 10-K, a PDF beside its XBRL. The task writer's trap finder.
public struct ConflictFinder: Sendable {
    public let corpus: SQLiteCorpus

    public init(corpus: SQLiteCorpus) {
        self.corpus = corpus
    }

    /// Two facts that should agree and do not.
    public struct Conflict: Sendable, Codable, Equatable {
        public var entity: String
        public var concept: String
        public var period: String
        public var first: CitedFact
        public var second: CitedFact
        /// What kind of documents disagree (`later filing`, `same filing, pdf vs xbrl` …).
        public var between: String
    }

    /// Every conflict, for one entity (ticker, CIK or part of its name) and concepts (part of the
    /// concept or label) when given. Within a document a concept may hold several values (segments):
    /// two documents conflict when no value of one agrees with a value of the other.
    public func find(entity: String? = nil, concept: String? = nil) throws(CorpusError) -> [Conflict] {
        var conflicts: [Conflict] = []
        for group in try EntityGroups(corpus: corpus).all() where entity == nil || group.contains(where: { ValueFinder.matches(entity!, $0) }) {
            let entityKey = ComparisonKeys.entity(group.first(where: EntityGroups.isNamed) ?? group[0])
            let facts = try corpus.comparableFacts(documents: group.map(\.id)).filter { fact in
                concept.map { ComparisonKeys.concept(fact).localizedCaseInsensitiveContains($0)
                    || fact.line.label.localizedCaseInsensitiveContains($0) } ?? true
            }
            let keyed = Dictionary(grouping: facts) { ComparisonKeys.concept($0) + "@" + $0.period }
            for key in keyed.keys.sorted() {
                let byDocument = Dictionary(grouping: keyed[key]!, by: \.document.id).sorted { $0.key < $1.key }
                for (i, a) in byDocument.enumerated() {
                    for b in byDocument[(i + 1)...] {
                        let agree = a.value.contains { x in b.value.contains { ComparisonKeys.agree(x, $0) } }
                        guard !agree, let first = a.value.first, let second = b.value.first else { continue }
                        conflicts.append(Conflict(entity: entityKey, concept: ComparisonKeys.concept(first), period: first.period,
                                                  first: first, second: second, between: Self.between(first.document, second.document)))
                    }
                }
            }
        }
        return conflicts
    }

    static func between(_ a: DocumentSummary, _ b: DocumentSummary) -> String {
        if a.periodEnd == b.periodEnd && a.form == b.form {
            return a.format == b.format ? "same filing, two documents" : "same filing, \(a.format ?? "?") vs \(b.format ?? "?")"
        }
        if a.form != b.form { return "\(a.form ?? "?") vs \(b.form ?? "?")" }
        return "filings for \(a.periodEnd ?? "?") and \(b.periodEnd ?? "?") (restated or reclassified?)"
    }
}
