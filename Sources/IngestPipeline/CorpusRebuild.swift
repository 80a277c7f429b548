import CorpusStore
import Foundation
import TickmarkModel

/// The nightly rebuild: every document of the corpus is read again by the current extractor into
/// a new generation beside the old one (`corpus.sqlite.next`), old IDs that vanished while a new
/// ID holds their value at the same place become aliases, and the new generation replaces the old
/// with one atomic rename. A rebuild killed at any point leaves the old corpus as it was, readable
/// all along; run again, it resumes the new generation where it stopped.
public struct CorpusRebuild: Sendable {
    public var ingest: CorpusIngest

    public init(ingest: CorpusIngest) {
        self.ingest = ingest
    }

    /// What a rebuild changed, for the terminal and `--json`.
    public struct Report: Sendable, Codable {
        public var build: BuildSummary
        public var kept: Int
        public var added: Int
        public var aliased: Int
        public var valuesChanged: [ValueChange]
        /// IDs that hold no value any more and have no alias, by document.
        public var gone: [String: [String]]

        public struct ValueChange: Sendable, Codable {
            public var id: String
            public var old: String
            public var new: String
        }
    }

    public func run(corpus path: String, progress: @Sendable (CorpusIngest.Outcome) -> Void = { _ in })
        async throws(CorpusError) -> Report {
        let old = try SQLiteCorpus(path: path)
        let nextPath = path + ".next"
        let next = try SQLiteCorpus(path: nextPath)
        if try next.builds().isEmpty {
            for build in try old.builds() { try next.recordBuild(build) }
        }
        let build = try await ingest.run(try old.documents().map(\.path), into: next, kind: "rebuild", progress: progress)

        // Document by document (an ID never leaves its document), so that memory stays flat
        // whatever the corpus size.
        var changes = IDChanges(old: [], new: [])
        let documents = Set(try old.documents().map(\.sha256) + next.documents().map(\.sha256))
        for document in documents.map({ CitationID(sha256: $0).document }).sorted() {
            changes.add(IDChanges(old: try old.heldFacts(document: document), new: try next.heldFacts(document: document)))
        }
        let renamed = Dictionary(changes.aliased.map { ($0.old, $0.new) }, uniquingKeysWith: { a, _ in a })
        var aliases = changes.aliased.map { (old: $0.old, new: $0.new, reason: "same value at the same place") }
        for (oldID, target) in try old.aliases().sorted(by: { $0.key < $1.key }) {
            if try next.hasFact(target) {
                aliases.append((oldID, target, "carried over"))
            } else if let now = renamed[target] {
                aliases.append((oldID, now, "carried over"))
            }
        }
        try next.writeAliases(aliases)
        guard rename(nextPath, path) == 0 else {
            throw CorpusError(.readOnly, path: path, reason: "cannot replace the corpus with its rebuild: \(String(cString: strerror(errno)))")
        }
        return Report(
            build: build, kept: changes.kept, added: changes.added, aliased: changes.aliased.count,
            valuesChanged: changes.changedValue.map { Report.ValueChange(id: $0.id, old: "\($0.old)", new: "\($0.new)") },
            gone: Dictionary(grouping: changes.gone, by: \.document).mapValues { $0.map(\.id) })
    }
}
