import CorpusStore

/// The same concept and period in the other documents of the same entity: what `cite show` lists,
/// what makes a cited value contradicted (another document holds a different value) or
/// ambiguous (another source holds the same one).
public struct Counterparts: Sendable {
    public let entities: EntityGroups
    public var corpus: SQLiteCorpus { entities.corpus }

    public init(corpus: SQLiteCorpus) throws(CorpusError) {
        entities = try EntityGroups(corpus: corpus)
    }

    /// The facts of other documents of the same entity with the same concept and period, each
    /// with whether its value agrees.
    public func of(_ fact: CitedFact) throws(CorpusError) -> [(fact: CitedFact, agrees: Bool)] {
        let others = try entities.documents(ofEntityOf: fact.document).map(\.id).filter { $0 != fact.document.id }
        let concept = ComparisonKeys.concept(fact)
        return try corpus.facts(inDocuments: others, period: fact.period, likeLine: fact.line, kind: fact.statement.kind)
            .filter { ComparisonKeys.concept($0) == concept }
            .map { ($0, ComparisonKeys.agree($0, fact)) }
    }
}
