import Foundation
import GRDB
import TickmarkModel

/// The corpus in one SQLite file, through GRDB. Opening creates the file or upgrades it by
/// running the migrations it lacks; every write is one transaction by the single writer.
public final class SQLiteCorpus: CorpusStore {
    public let path: String
    private let queue: DatabaseQueue

    /// Opens (or creates) the corpus at `path`; `readOnly` opens an existing corpus for reading
    /// only (a server over it), running no migrations and writing nothing.
    /// - Throws: `CorpusError` `.notACorpus` for a file that is not a SQLite database,
    ///   `.readOnly` when it cannot be written, `.newerSchema` for a corpus of a newer Tickmark.
    public init(path: String, readOnly: Bool = false) throws(CorpusError) {
        self.path = path
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.readonly = readOnly
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let migrator = CorpusSchema.migrator
            if try queue.read(migrator.hasBeenSuperseded) {
                throw CorpusError(.newerSchema, path: path, reason: "written by a newer Tickmark (unknown migrations)")
            }
            if !readOnly { try migrator.migrate(queue) }
        } catch let error as CorpusError {
            throw error
        } catch {
            throw Self.corpusError(error, path: path)
        }
    }

    public func currentCompanions(sha256: String, generator: String) throws(CorpusError) -> [CompanionFile]? {
        let companions = try run { try $0.read { db in
            try String.fetchOne(db, sql: "SELECT companions FROM document WHERE sha256 = ? AND generator = ? AND status != 'quarantined'",
                                arguments: [sha256, generator])
        } }
        guard let companions else { return nil }
        return try decodeCompanions(companions, of: sha256)
    }

    private func decodeCompanions(_ json: String, of document: String) throws(CorpusError) -> [CompanionFile] {
        do {
            return try JSONDecoder().decode([CompanionFile].self, from: Data(json.utf8))
        } catch {
            throw CorpusError(.notACorpus, path: path, reason: "document \(document) has unreadable companions (\(error))")
        }
    }

    public func unchangedFiles(_ sources: [SourceStat], generator: String) throws(CorpusError) -> [String: [CompanionFile]] {
        let found = try run { try $0.read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT document.companions FROM source_file JOIN document ON document.sha256 = source_file.sha256
                WHERE source_file.path = ? AND source_file.size = ? AND source_file.modified = ?
                  AND document.generator = ? AND document.status != 'quarantined'
                """)
            return try sources.compactMap { source in
                try String.fetchOne(statement, arguments: [source.path, source.size, source.modified, generator]).map { (source.path, $0) }
            }
        } }
        var unchanged: [String: [CompanionFile]] = [:]
        for (path, companions) in found {
            unchanged[path] = companions == "[]" ? [] : try decodeCompanions(companions, of: path)
        }
        return unchanged
    }

    public func knownDigest(of source: SourceStat) throws(CorpusError) -> String? {
        try run { try $0.read { db in
            try String.fetchOne(db, sql: "SELECT sha256 FROM source_file WHERE path = ? AND size = ? AND modified = ?",
                                arguments: [source.path, source.size, source.modified])
        } }
    }

    public func write(_ entries: [CorpusEntry], generator: String) throws(CorpusError) {
        try run { try $0.write { db in
            let rows = CorpusRows(db)
            for entry in entries {
                switch entry {
                case .read(let record, let source, let companions):
                    try rows.insert(record, sourcePath: source.path, generator: generator)
                    try rows.recordSource(source, sha256: record.sha256)
                    for companion in companions {
                        let name = URL(fileURLWithPath: companion.path).lastPathComponent
                        if let digest = record.companions.first(where: { $0.file == name })?.sha256 {
                            try rows.recordSource(companion, sha256: digest)
                        }
                    }
                case .failed(let sha256, let source, let reason):
                    try rows.insertFailure(sha256: sha256, sourcePath: source.path, status: "failed", reason: reason, generator: generator)
                    try rows.recordSource(source, sha256: sha256)
                case .quarantined(let sha256, let source, let reason):
                    try rows.insertFailure(sha256: sha256, sourcePath: source.path, status: "quarantined", reason: reason,
                                           generator: generator)
                    try rows.recordSource(source, sha256: sha256)
                }
            }
        } }
    }

    public func recordBuild(_ build: BuildSummary) throws(CorpusError) {
        try run { try $0.write { db in
            try db.execute(sql: """
                INSERT INTO build (kind, generator, started_at, finished_at, documents_added, documents_skipped, documents_failed,
                                   documents_quarantined)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [build.kind, build.generator, build.startedAt, build.finishedAt, build.added, build.skipped, build.failed,
                                 build.quarantined])
        } }
    }

    /// Every row of every table but `build` and `source_file` (times and paths of this machine), each table sorted by its key,
    /// as text: two corpora with the same content give the same dump.
    public func contentDump() throws(CorpusError) -> String {
        try run { try $0.read { db in
            var out = ""
            for (table, order) in [("document", "id"), ("statement", "id"), ("statement_check", "statement_id, ordinal"),
                                   ("line", "id"), ("fact", "id"), ("source_table", "id"), ("cell", "id"),
                                   ("passage", "id"), ("alias", "old_id"), ("search", "ref_id, kind, text")] {
                out += "# \(table)\n"
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)") {
                    out += row.description + "\n"
                }
            }
            return out
        } }
    }

    /// Runs `body` on the queue, turning GRDB errors into `CorpusError`s that name the file.
    func run<T>(_ body: (DatabaseQueue) throws -> T) throws(CorpusError) -> T {
        do {
            return try body(queue)
        } catch let error as CorpusError {
            throw error
        } catch {
            throw Self.corpusError(error, path: path)
        }
    }

    private static func corpusError(_ error: any Error, path: String) -> CorpusError {
        guard let error = error as? DatabaseError else {
            return CorpusError(.database, path: path, reason: "\(error)")
        }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return CorpusError(.notACorpus, path: path, reason: "not a Tickmark corpus (not a SQLite database, or damaged)")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return CorpusError(.readOnly, path: path, reason: "cannot be opened for writing (\(error.message ?? "read-only"))")
        default:
            return CorpusError(.database, path: path, reason: error.message ?? "\(error)")
        }
    }
}

extension SQLiteCorpus {
    /// One hit of a full-text search: a line, a statement or a passage.
    public struct SearchHit: Sendable, Equatable {
        public var kind: String
        public var id: String
        public var text: String
    }

    /// Lines, statements and passages whose label, concept, title or text match the words of `query` (FTS5,
    /// best first, ties in ID order).
    public func search(_ query: String, limit: Int = 20) throws(CorpusError) -> [SearchHit] {
        let words = query.split { !$0.isLetter && !$0.isNumber }.map { "\"\($0)\"" }.joined(separator: " ")
        guard !words.isEmpty else { return [] }
        return try run { try $0.read { db in
            try Row.fetchAll(db, sql: """
                SELECT kind, ref_id, text FROM search WHERE search MATCH ? ORDER BY rank, ref_id LIMIT ?
                """, arguments: [words, limit]).map { SearchHit(kind: $0[0], id: $0[1], text: $0[2]) }
        } }
    }

    /// The status and error of a stored document by its SHA-256.
    public func documentStatus(sha256: String) throws(CorpusError) -> (status: String, error: String?)? {
        try run { try $0.read { db in
            try Row.fetchOne(db, sql: "SELECT status, error FROM document WHERE sha256 = ?", arguments: [sha256])
                .map { ($0[0], $0[1]) }
        } }
    }
}

extension SQLiteCorpus {
    /// The source path and digest of every stored document, by path.
    public func documents() throws(CorpusError) -> [(path: String, sha256: String)] {
        try run { try $0.read { db in
            try Row.fetchAll(db, sql: "SELECT source_path, sha256 FROM document ORDER BY source_path").map { ($0[0], $0[1]) }
        } }
    }

    /// Every fact that holds a value, with its place; only those of one document when given.
    public func heldFacts(document: String? = nil) throws(CorpusError) -> [HeldFact] {
        let decoder = JSONDecoder()
        let filter = document == nil ? "" : "AND document_id = ?"
        return try run { try $0.read { db in
            try Row.fetchAll(db, sql: "SELECT id, document_id, value, locator FROM fact WHERE value IS NOT NULL \(filter) ORDER BY id",
                             arguments: StatementArguments(document.map { [$0] } ?? [])).compactMap { row in
                guard let value = Decimal(string: row[2]) else { return nil }
                let locator = try decoder.decode(Locator.self, from: Data((row[3] as String).utf8))
                return HeldFact(id: row[0], document: row[1], value: value, locator: locator)
            }
        } }
    }

    /// Whether a fact has this ID (an alias's target is one).
    public func hasFact(_ id: String) throws(CorpusError) -> Bool {
        try run { try $0.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM fact WHERE id = ?", arguments: [id]) != nil
        } }
    }

    /// Renamed IDs: old ID → the ID that holds its value now.
    public func aliases() throws(CorpusError) -> [String: String] {
        try run { try $0.read { db in
            Dictionary(try Row.fetchAll(db, sql: "SELECT old_id, new_id FROM alias").map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
        } }
    }

    public func writeAliases(_ aliases: [(old: String, new: String, reason: String)]) throws(CorpusError) {
        try run { try $0.write { db in
            for alias in aliases {
                try db.execute(sql: "INSERT OR REPLACE INTO alias (old_id, new_id, reason) VALUES (?, ?, ?)",
                               arguments: [alias.old, alias.new, alias.reason])
            }
        } }
    }

    /// The runs of ingest recorded, oldest first.
    public func builds() throws(CorpusError) -> [BuildSummary] {
        try run { try $0.read { db in
            try Row.fetchAll(db, sql: """
                SELECT kind, generator, started_at, finished_at, documents_added, documents_skipped, documents_failed,
                       documents_quarantined
                FROM build ORDER BY id
                """).map { BuildSummary(kind: $0[0], generator: $0[1], startedAt: $0[2], finishedAt: $0[3] ?? "",
                                        added: $0[4], skipped: $0[5], failed: $0[6], quarantined: $0[7]) }
        } }
    }

    /// A fact's value by its ID, directly or through an alias: the ID that holds it and its exact
    /// decimal text (nil for a dash); nil when neither knows the ID.
    public func resolve(_ id: String) throws(CorpusError) -> (id: String, value: String?)? {
        try run { try $0.read { db in
            let target = try String.fetchOne(db, sql: "SELECT new_id FROM alias WHERE old_id = ?", arguments: [id]) ?? id
            return try Row.fetchOne(db, sql: "SELECT id, value FROM fact WHERE id = ?", arguments: [target]).map { ($0[0], $0[1]) }
        } }
    }
}

extension SQLiteCorpus {
    /// Copies every document of the corpus at `path` (a shard) into this one, replacing the rows of
    /// any document both hold, in one transaction; the shard's build history is appended.
    public func merge(from path: String) throws(CorpusError) {
        _ = try SQLiteCorpus(path: path)
        try run { queue in
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "ATTACH DATABASE ? AS shard", arguments: [path])
                defer { try? db.execute(sql: "DETACH DATABASE shard") }
                try db.inTransaction {
                    try db.execute(sql: """
                        DELETE FROM main.search WHERE document_id IN (SELECT id FROM shard.document);
                        DELETE FROM main.fact WHERE document_id IN (SELECT id FROM shard.document);
                        DELETE FROM main.document WHERE id IN (SELECT id FROM shard.document);
                        """)
                    for table in ["document", "statement", "statement_check", "line", "fact", "source_table", "cell",
                                  "passage", "alias", "source_file"] {
                        try db.execute(sql: "INSERT OR REPLACE INTO main.\(table) SELECT * FROM shard.\(table)")
                    }
                    try db.execute(sql: """
                        INSERT INTO main.search (text, kind, ref_id, document_id)
                            SELECT text, kind, ref_id, document_id FROM shard.search;
                        INSERT INTO main.build (kind, generator, started_at, finished_at, documents_added,
                                                documents_skipped, documents_failed, documents_quarantined)
                            SELECT kind, generator, started_at, finished_at, documents_added, documents_skipped,
                                   documents_failed, documents_quarantined FROM shard.build ORDER BY id;
                        """)
                    return .commit
                }
            }
        }
    }
}
