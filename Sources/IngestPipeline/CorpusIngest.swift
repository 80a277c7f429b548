import CorpusStore
import Foundation
import TickmarkModel

/// Batch ingest into a corpus: each file is read and hashed, skipped when the corpus holds it
/// (and its companion files unchanged) from this generator already, else taken through every
/// stage by the runner (worker processes for the command line), `jobs` documents at once; one
/// writer stores the outcomes in batched transactions. Only `jobs` documents are in flight and at
/// most `batchSize` wait for the writer, so memory stays flat however many files are queued.
public struct CorpusIngest: Sendable {
    public var jobs: Int
    public var generator: String
    public var batchSize: Int
    /// Intake (reading and hashing) runs here; the stages run in `runner`.
    public var intake: Intake
    public var runner: any DocumentRunner

    public init(jobs: Int, generator: String = StatementsJSON.generator, batchSize: Int = 8, intake: Intake = Intake(),
                runner: any DocumentRunner = Pipeline()) {
        self.jobs = max(1, jobs)
        self.generator = generator
        self.batchSize = max(1, batchSize)
        self.intake = intake
        self.runner = runner
    }

    /// What became of one input file.
    public enum Outcome: Sendable {
        case added(path: String)
        case skipped(path: String)
        case failed(path: String, reason: String)
        /// Its worker crashed, hung past the timeout or ran out of memory.
        case quarantined(path: String, reason: String)
    }

    /// Ingests `paths` into `store`, reporting each outcome (in completion order) to `progress`,
    /// and records the run as a build of `kind` (`ingest`, `rebuild`). Each source is recorded by
    /// its absolute path, so that a rebuild or `cite serve` started from another folder finds it.
    public func run(_ paths: [String], into store: some CorpusStore, kind: String = "ingest",
                    progress: @Sendable (Outcome) -> Void = { _ in }) async throws(CorpusError) -> BuildSummary {
        let paths = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let started = Self.timestamp()
        var summary = BuildSummary(kind: kind, generator: generator, startedAt: started, finishedAt: started,
                                   added: 0, skipped: 0, failed: 0)
        var pending: [CorpusEntry] = []
        var toRead: [String] = []
        for chunk in stride(from: 0, to: paths.count, by: 512).map({ paths[$0..<min($0 + 512, paths.count)] }) {
            let unchanged = try unchangedFiles(Array(chunk), in: store)
            for path in chunk where unchanged.contains(path) {
                summary.skipped += 1
                progress(.skipped(path: path))
            }
            toRead += chunk.filter { !unchanged.contains($0) }
        }
        do {
            try await BoundedTasks.forEach(toRead, jobs: jobs, work: { path in try await self.ingest(path, store: store) }) { _, result in
                let (outcome, entry) = result
                switch outcome {
                case .added: summary.added += 1
                case .skipped: summary.skipped += 1
                case .failed: summary.failed += 1
                case .quarantined: summary.quarantined += 1
                }
                if let entry { pending.append(entry) }
                if pending.count >= batchSize {
                    try store.write(pending, generator: generator)
                    pending.removeAll(keepingCapacity: true)
                }
                progress(outcome)
            }
            if !pending.isEmpty { try store.write(pending, generator: generator) }
        } catch let error as CorpusError {
            throw error
        } catch {
            throw CorpusError(.database, path: "", reason: "\(error)")
        }
        summary.finishedAt = Self.timestamp()
        try store.recordBuild(summary)
        return summary
    }

    /// The files whose size and modification time the corpus recorded with a digest it holds
    /// from this generator, their companions unchanged: skipped without being read.
    private func unchangedFiles(_ paths: [String], in store: some CorpusStore) throws(CorpusError) -> Set<String> {
        let known = try store.unchangedFiles(paths.compactMap(Self.stat), generator: generator)
        var unchanged: Set<String> = []
        for (path, companions) in known where try companionsUnchanged(companions, beside: path, in: store) {
            unchanged.insert(path)
        }
        return unchanged
    }

    /// One file (not found unchanged by its size and time) through intake and the stages; the
    /// corpus entry to write, if any. Its bytes may still be those of a current document.
    private func ingest(_ path: String, store: some CorpusStore) async throws(CorpusError) -> (Outcome, CorpusEntry?) {
        let source = Self.stat(path)
        let file: SourceFile
        do {
            file = try intake.read(path: path)
        } catch {
            guard let source, let bytes = FileManager.default.contents(atPath: path) else {
                return (.failed(path: path, reason: error.description), nil)
            }
            let sha256 = Intake.sha256(bytes)
            if try isCurrent(sha256, at: path, in: store) { return (.skipped(path: path), nil) }
            return (.failed(path: path, reason: error.description), .failed(sha256: sha256, source: source, reason: error.description))
        }
        let stat = source ?? SourceStat(path: path, size: file.bytes.count, modified: 0)
        if try isCurrent(file.sha256, at: path, in: store) { return (.skipped(path: path), nil) }
        switch await runner.outcome(of: path) {
        case .success(let record):
            return (.added(path: path), .read(record, source: stat, companions: Self.unchanged(record.companions, beside: path)))
        case .failure(let error) where error.kind == .quarantined:
            return (.quarantined(path: path, reason: error.description),
                    .quarantined(sha256: file.sha256, source: stat, reason: error.description))
        case .failure(let error):
            return (.failed(path: path, reason: error.description), .failed(sha256: file.sha256, source: stat, reason: error.description))
        }
    }

    /// Whether the corpus holds the document with these bytes from this generator, read with the
    /// same companion files (an XBRL instance's linkbases beside it) as are beside it now: a
    /// companion whose size and modification time the corpus recorded with its digest is not read.
    private func isCurrent(_ sha256: String, at path: String, in store: some CorpusStore) throws(CorpusError) -> Bool {
        guard let companions = try store.currentCompanions(sha256: sha256, generator: generator) else { return false }
        return try companionsUnchanged(companions, beside: path, in: store)
    }

    private func companionsUnchanged(_ companions: [CompanionFile], beside path: String, in store: some CorpusStore)
        throws(CorpusError) -> Bool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        for companion in companions {
            let companionPath = folder.appendingPathComponent(companion.file).path
            if let stat = Self.stat(companionPath), try store.knownDigest(of: stat) == companion.sha256 { continue }
            guard let bytes = FileManager.default.contents(atPath: companionPath), Intake.sha256(bytes) == companion.sha256 else {
                return false
            }
        }
        return true
    }

    /// The size and modification time of each companion file beside `path` that still holds the
    /// bytes the worker read (taken before the bytes are hashed again, so a later change shows).
    private static func unchanged(_ companions: [CompanionFile], beside path: String) -> [SourceStat] {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        return companions.compactMap { companion in
            let companionPath = folder.appendingPathComponent(companion.file).path
            guard let stat = stat(companionPath), let bytes = FileManager.default.contents(atPath: companionPath),
                  Intake.sha256(bytes) == companion.sha256 else { return nil }
            return stat
        }
    }

    private static func stat(_ path: String) -> SourceStat? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date else { return nil }
        return SourceStat(path: path, size: size, modified: modified.timeIntervalSince1970)
    }

    private static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
