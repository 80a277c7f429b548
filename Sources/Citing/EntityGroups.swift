import CorpusStore
import Foundation

/// Which documents of the corpus were filed by the same entity. Documents stating a CIK, ticker
/// or name are grouped by them (`ComparisonKeys.sameEntity`). A document whose cover gave us no
/// name (many PDF 10-Ks and annual reports) joins the documents with which it shares at least
/// `sharedShare` of its large figures (≥ `minimumFigure`) of the periods both cover (of the
/// fewer of the two documents' counts, and at least `sharedMinimum`): its other filings printing
/// the same comparative years, or the same filing in another format. Unrelated filers of one year
/// share a tenth or so, by the chance of round figures in millions.
public struct EntityGroups: Sendable {
    public static let sharedShare = 0.3
    public static let sharedMinimum = 10.0
    public static let minimumFigure = 100_000.0

    public let corpus: SQLiteCorpus
    public let documents: [DocumentSummary]
    private let cache = Cache()

    /// Each document's entity once computed: a task cites many facts of few documents.
    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var entities: [String: [DocumentSummary]] = [:]

        func value(_ id: String) -> [DocumentSummary]? { lock.withLock { entities[id] } }
        func store(_ id: String, _ value: [DocumentSummary]) { lock.withLock { entities[id] = value } }
    }

    public init(corpus: SQLiteCorpus) throws(CorpusError) {
        self.corpus = corpus
        documents = try corpus.documentSummaries()
    }

    /// The documents of the entity that filed `document`, itself included.
    public func documents(ofEntityOf document: DocumentSummary) throws(CorpusError) -> [DocumentSummary] {
        if let known = cache.value(document.id) { return known }
        let partners = try self.partners(of: document)
        let entity = documents.filter { other in
            other.id == document.id || (Self.isNamed(document) && Self.isNamed(other) && ComparisonKeys.sameEntity(other, document))
                || (!(Self.isNamed(document) && Self.isNamed(other)) && partners.contains(other.id))
        }
        cache.store(document.id, entity)
        return entity
    }

    /// Every group of two or more documents, each in ID order, groups in order of their first ID.
    public func all() throws(CorpusError) -> [[DocumentSummary]] {
        var parent = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.id) })
        func root(_ id: String) -> String {
            var id = id
            while parent[id]! != id { id = parent[id]! }
            return id
        }
        func join(_ a: String, _ b: String) {
            let (x, y) = (root(a), root(b))
            if x != y { parent[max(x, y)] = min(x, y) }
        }
        var first: [String: String] = [:]
        for document in documents where Self.isNamed(document) {
            for key in Self.keys(document) {
                if let seen = first[key] { join(seen, document.id) } else { first[key] = document.id }
            }
        }
        for document in documents where !Self.isNamed(document) {
            for other in try partners(of: document) where parent[other] != nil { join(document.id, other) }
        }
        return Dictionary(grouping: documents) { root($0.id) }.values.filter { $0.count > 1 }
            .map { $0.sorted { $0.id < $1.id } }.sorted { $0[0].id < $1[0].id }
    }

    /// The documents printing enough of the same large figures as `document`, one of the two unnamed.
    private func partners(of document: DocumentSummary) throws(CorpusError) -> Set<String> {
        let unnamed = documents.filter { !Self.isNamed($0) }.map(\.id)
        if Self.isNamed(document) && unnamed.isEmpty { return [] }
        let candidates = try corpus.documentsSharingValues(with: document.id, minimum: Self.minimumFigure,
                                                           among: Self.isNamed(document) ? unnamed : nil)
            .filter { Double($0.value) >= Self.sharedMinimum }
        guard !candidates.isEmpty else { return [] }
        let mine = try corpus.figureCounts(of: document.id, minimum: Self.minimumFigure)
        var partners: Set<String> = []
        for (other, shared) in candidates {
            let theirs = try corpus.figureCounts(of: other, minimum: Self.minimumFigure)
            let own = mine.filter { theirs[$0.key] != nil }.values.reduce(0, +)
            let their = theirs.filter { mine[$0.key] != nil }.values.reduce(0, +)
            if Double(shared) >= Self.sharedShare * Double(min(own, their)) { partners.insert(other) }
        }
        return partners
    }

    /// Whether the document states who filed it.
    static func isNamed(_ document: DocumentSummary) -> Bool {
        document.entity?.isEmpty == false || document.cik?.isEmpty == false
    }

    /// The keys that make documents one entity: CIK, ticker, folded name.
    private static func keys(_ document: DocumentSummary) -> [String] {
        var keys = ["name:" + ComparisonKeys.entity(document)]
        if let cik = document.cik, !cik.isEmpty { keys.append("cik:" + cik) }
        if let ticker = document.ticker?.lowercased(), ticker.count > 0, ticker != "-", ticker != "n/a" { keys.append("ticker:" + ticker) }
        return keys
    }
}
