import TickmarkModel

/// The narrow interface every corpus backend implements (SQLite today; a shared PostgreSQL
/// corpus for teams would be another): what is stored already, and writing batches of
/// documents with one writer.
public protocol CorpusStore: Sendable {
    /// The companion files (an XBRL instance's schema and linkbases) recorded with the document
    /// with these bytes when it is stored, read by this generator, with a settled outcome (read or
    /// failed; a quarantined one is tried again); nil otherwise. A re-run skips the document when
    /// those companions are unchanged too.
    func currentCompanions(sha256: String, generator: String) throws(CorpusError) -> [CompanionFile]?
    /// The SHA-256 recorded for the file at this path when it had this size and modification
    /// time: a re-run skips unchanged files without reading them.
    func knownDigest(of source: SourceStat) throws(CorpusError) -> String?
    /// Writes the entries in one transaction, replacing what an earlier generator wrote for the
    /// same documents.
    func write(_ entries: [CorpusEntry], generator: String) throws(CorpusError)
    /// Records a run of `ingest` and what it did.
    func recordBuild(_ build: BuildSummary) throws(CorpusError)
}

/// One document's outcome, as the writer stores it.
public enum CorpusEntry: Sendable {
    /// `companions`: the companion files as found beside the document, each recorded with its
    /// digest in the record so that a re-run checks them without reading them.
    case read(DocumentRecord, source: SourceStat, companions: [SourceStat] = [])
    /// A document whose bytes were read but that could not be ingested (damaged, unsupported):
    /// kept with its reason so a re-run does not retry it
    /// with the same generator, and the summary lists it.
    case failed(sha256: String, source: SourceStat, reason: String)
    /// A document whose extraction crashed, hung past the timeout or ran out of memory in its
    /// worker: kept with the reason, and tried again by the next run.
    case quarantined(sha256: String, source: SourceStat, reason: String)
}

/// A source file's path, size and modification time, as the file system reports them.
public struct SourceStat: Sendable, Hashable {
    public var path: String
    public var size: Int
    /// Seconds since 1970.
    public var modified: Double

    public init(path: String, size: Int, modified: Double) {
        self.path = path
        self.size = size
        self.modified = modified
    }
}

/// What one run of `ingest --corpus` did.
public struct BuildSummary: Sendable, Codable, Equatable {
    public var kind: String
    public var generator: String
    public var startedAt: String
    public var finishedAt: String
    public var added: Int
    public var skipped: Int
    public var failed: Int
    /// Documents whose worker crashed, hung or ran out of memory (not counted in `failed`).
    public var quarantined: Int

    public init(kind: String, generator: String, startedAt: String, finishedAt: String, added: Int, skipped: Int, failed: Int,
                quarantined: Int = 0) {
        self.kind = kind
        self.generator = generator
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.added = added
        self.skipped = skipped
        self.failed = failed
        self.quarantined = quarantined
    }
}
