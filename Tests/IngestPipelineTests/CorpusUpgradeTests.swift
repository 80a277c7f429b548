import CorpusStore
import Foundation
import GRDB
import Testing

/// `cite` refuses a corpus of an older Tickmark and names `ingest --corpus X` as the upgrade:
/// that command, with nothing to read, must bring the corpus to this version's tables.
struct CorpusUpgradeTests {
    @Test func ingestCorpusAloneUpgradesAnOlderCorpusForCite() throws {
        let executable = try #require(TestPaths.builtIngest, "ingest is built beside the test bundle")
        let path = TestPaths.scratch("corpus.sqlite")
        _ = try SQLiteCorpus(path: path)
        // The corpus as the version before the magnitude index wrote it.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP INDEX fact_magnitude; DELETE FROM grdb_migrations WHERE identifier = 'v4-fact-magnitude-index'")
        }
        #expect { try SQLiteCorpus(path: path, readOnly: true) } throws: { ($0 as? CorpusError)?.kind == .olderSchema }

        let upgrade = Process()
        upgrade.executableURL = executable
        upgrade.arguments = ["--corpus", path]
        upgrade.standardError = FileHandle.nullDevice
        try upgrade.run()
        upgrade.waitUntilExit()
        #expect(upgrade.terminationStatus == 0)
        _ = try SQLiteCorpus(path: path, readOnly: true)
        let indexes = try DatabaseQueue(path: path).read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'fact_magnitude'")
        }
        #expect(indexes == ["fact_magnitude"])
    }
}
