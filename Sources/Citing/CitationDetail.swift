import CorpusStore
import TickmarkModel

/// `cite show ID`: one fact with everything about it — through an alias when a rebuild renamed
/// it — the row as printed, and the same concept and period in the other documents of the
/// entity, each marked equal or different.
public struct CitationDetail: Sendable, Codable, Equatable {
    /// The ID asked for.
    public var requested: String
    /// The ID that holds the value now: the same unless `requested` is an alias.
    public var resolved: String
    public var fact: CitedFact
    /// The cells of the printed row, left to right (empty for an XBRL instance).
    public var printedRow: [String]
    public var others: [Other]

    /// The fact of another document for the same concept and period.
    public struct Other: Sendable, Codable, Equatable {
        public var fact: CitedFact
        public var agrees: Bool
    }

    public var isAlias: Bool { requested != resolved }

    /// The fact an ID names, directly or through an alias; nil when neither knows it.
    public static func resolve(_ id: String, in corpus: SQLiteCorpus) throws(CorpusError) -> (resolved: String, fact: CitedFact)? {
        if let fact = try corpus.fact(id) { return (id, fact) }
        guard let target = try corpus.alias(of: id), let fact = try corpus.fact(target) else { return nil }
        return (target, fact)
    }

    /// Everything about the fact `id` names; nil when it resolves to no fact.
    public static func load(_ id: String, counterparts: Counterparts) throws(CorpusError) -> CitationDetail? {
        guard let (resolved, fact) = try resolve(id, in: counterparts.corpus) else { return nil }
        let row = try fact.cell.map(counterparts.corpus.printedRow(ofCell:)) ?? []
        let others = try counterparts.of(fact).map { Other(fact: $0.fact, agrees: $0.agrees) }
        return CitationDetail(requested: id, resolved: resolved, fact: fact, printedRow: row, others: others)
    }
}
