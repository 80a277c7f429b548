import CorpusStore
import Foundation
import GRDB
import Testing
@testable import IngestPipeline

/// The nightly rebuild killed with SIGKILL while it writes its new generation (the built `ingest`,
/// started as a process): the old generation stays as it was and readable, and a re-run resumes.
@Suite struct RebuildKillTests {
    /// Sixteen distinct EDGAR HTML documents: the sample 10-K, each copy with its own trailing comment.
    private static func documents(in folder: String) throws -> [String] {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: SampleFilings.path("northwind-10k-2024-html.htm")))
        return try (1...16).map { index in
            let path = folder + "/northwind-copy-\(index).htm"
            try (bytes + Data("\n<!-- copy \(index) -->\n".utf8)).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    /// Documents the new generation holds so far (0 while it cannot be read yet).
    private static func written(_ path: String) -> Int {
        var configuration = Configuration()
        configuration.readonly = true
        guard FileManager.default.fileExists(atPath: path),
              let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return 0 }
        return (try? queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM document") ?? 0 }) ?? 0
    }

    @Test func aRebuildKilledMidwayLeavesTheOldGenerationAndResumes() async throws {
        let executable = try #require(TestPaths.builtIngest, "ingest is built beside the test bundle")
        let path = TestPaths.scratch("killed.sqlite")
        let files = try Self.documents(in: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        _ = try await CorpusIngest(jobs: 2).run(files, into: try SQLiteCorpus(path: path))
        let before = try SQLiteCorpus(path: path).contentDump()

        let rebuild = Process()
        rebuild.executableURL = executable
        rebuild.arguments = ["--corpus", path, "--rebuild", "--jobs", "1", "--quiet"]
        rebuild.standardError = FileHandle.nullDevice
        try rebuild.run()
        let deadline = Date().addingTimeInterval(120)
        while Self.written(path + ".next") == 0 && rebuild.isRunning && Date() < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(try SQLiteCorpus(path: path).contentDump() == before, "readable, unchanged, while the rebuild runs")
        kill(rebuild.processIdentifier, SIGKILL)
        rebuild.waitUntilExit()
        #expect(rebuild.terminationReason == .uncaughtSignal)
        let done = Self.written(path + ".next")
        #expect(done > 0 && done < files.count, "killed after writing some documents, not all")
        #expect(try SQLiteCorpus(path: path).contentDump() == before)

        let report = try await CorpusRebuild(ingest: CorpusIngest(jobs: 2)).run(corpus: path)
        #expect(report.build.skipped == done && report.build.added == files.count - done)
        #expect(report.gone.isEmpty && report.valuesChanged.isEmpty)
        #expect(try SQLiteCorpus(path: path).contentDump() == before)
        #expect(!FileManager.default.fileExists(atPath: path + ".next"))
    }
}
