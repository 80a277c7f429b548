import CorpusStore
import Foundation
import GRDB
import SampleCorpusSupport
import Testing

/// Every `cite` command only reads: the corpus opens read-only, from a read-only file in a
/// read-only folder, runs no migration and leaves the file's bytes as they were.
@Suite struct ReadOnlyCorpusTests {
    private static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-readonly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aReadOnlyCorpusFileAnswersAndStaysUnchanged() async throws {
        let sample = try await SampleCorpus.corpus()
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("corpus.sqlite").path
        try FileManager.default.copyItem(atPath: sample.path, toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let corpus = try SQLiteCorpus(path: path, readOnly: true)
        #expect(try corpus.fact(SampleCitingTests.capex)?.value == "-412000000")
        #expect(!(try corpus.rankedSearch("purchases property plant equipment").isEmpty))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["corpus.sqlite"])
    }

    /// A corpus of an older Tickmark is refused (an `ingest --corpus` upgrades it), not migrated;
    /// one of a newer Tickmark and a SQLite file that is no corpus are refused too.
    @Test func aCorpusOfAnotherSchemaIsRefusedNotMigrated() throws {
        func corpus(migrations: [String]) throws -> String {
            let path = try Self.folder().appendingPathComponent("corpus.sqlite").path
            try DatabaseQueue(path: path).write { db in
                try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                for migration in migrations { try db.execute(sql: "INSERT INTO grdb_migrations VALUES (?)", arguments: [migration]) }
            }
            return path
        }
        let v1 = "v1-documents-statements-facts-tables"
        let current = [v1, "v2-quarantined-documents", "v3-passages", "v4-fact-magnitude-index"]
        let older = try corpus(migrations: [v1])
        #expect { try SQLiteCorpus(path: older, readOnly: true) } throws: { ($0 as? CorpusError)?.kind == .olderSchema }
        #expect(try DatabaseQueue(path: older).read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") } == [v1])
        let newer = try corpus(migrations: current + ["v99-future"])
        #expect { try SQLiteCorpus(path: newer, readOnly: true) } throws: { ($0 as? CorpusError)?.kind == .newerSchema }
        let none = try corpus(migrations: [])
        #expect { try SQLiteCorpus(path: none, readOnly: true) } throws: { ($0 as? CorpusError)?.kind == .notACorpus }
        let missing = try Self.folder().appendingPathComponent("absent.sqlite").path
        #expect { try SQLiteCorpus(path: missing, readOnly: true) } throws: { ($0 as? CorpusError)?.kind == .database }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
