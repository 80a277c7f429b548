import CorpusStore
import Foundation
import GRDB
import Testing
import TickmarkModel
@testable import IngestPipeline

/// The corpus from the sample filings (one fictional company in every format): the same content
/// whatever the order and the parallelism, re-runs that skip, failures kept, clear errors for a
/// file that is not a corpus.
@Suite struct CorpusIngestTests {
    private static var samples: [String] { SampleFilings.names.map(SampleFilings.path) }

    private static func ingest(_ paths: [String], jobs: Int, into path: String) async throws -> (BuildSummary, SQLiteCorpus) {
        let store = try SQLiteCorpus(path: path)
        return (try await CorpusIngest(jobs: jobs, batchSize: 2).run(paths, into: store), store)
    }

    @Test func sameContentWhateverTheOrderAndTheJobs() async throws {
        let (one, serial) = try await Self.ingest(Self.samples, jobs: 1, into: TestPaths.scratch("a.sqlite"))
        let (four, parallel) = try await Self.ingest(Self.samples.reversed(), jobs: 4, into: TestPaths.scratch("b.sqlite"))
        #expect(one.added == Self.samples.count && four.added == Self.samples.count)
        #expect(try serial.contentDump() == parallel.contentDump())
    }

    @Test func aRerunSkipsWhatIsThereAndChangesNothing() async throws {
        let path = TestPaths.scratch("c.sqlite")
        let (_, store) = try await Self.ingest(Self.samples, jobs: 2, into: path)
        let before = try store.contentDump()
        let (again, _) = try await Self.ingest(Self.samples, jobs: 2, into: path)
        #expect(again.added == 0 && again.skipped == Self.samples.count && again.failed == 0)
        #expect(try store.contentDump() == before)
    }

    @Test func aSourceIsRecordedByItsAbsolutePath() async throws {
        let sample = URL(fileURLWithPath: SampleFilings.path(SampleFilings.pdf))
        let roundabout = sample.deletingLastPathComponent().path + "/../" + sample.deletingLastPathComponent().lastPathComponent
            + "/./" + sample.lastPathComponent
        let (_, store) = try await Self.ingest([roundabout], jobs: 1, into: TestPaths.scratch("paths.sqlite"))
        #expect(try store.documents().map(\.path) == [sample.standardizedFileURL.path])
    }

    @Test func aBadFileIsKeptWithItsReasonAndTheRestLands() async throws {
        let bad = TestPaths.scratch("garbage.pdf")
        try Data("%PDF-1.7\nthis is not a PDF at all".utf8).write(to: URL(fileURLWithPath: bad))
        let (summary, store) = try await Self.ingest([bad] + Self.samples, jobs: 2, into: TestPaths.scratch("d.sqlite"))
        #expect(summary.failed == 1 && summary.added == Self.samples.count)
        let status = try #require(try store.documentStatus(sha256: Intake.sha256(Data(contentsOf: URL(fileURLWithPath: bad)))))
        #expect(status.status == "failed")
        #expect(status.error?.contains("garbage.pdf") == true)
    }

    @Test func factsAndLabelsAreThereToFind() async throws {
        let (_, store) = try await Self.ingest([SampleFilings.path(SampleFilings.pdf)], jobs: 1, into: TestPaths.scratch("e.sqlite"))
        let hits = try store.search("total operating expenses")
        let line = try #require(hits.first { $0.kind == "line" })
        #expect(line.id == "8ec908656146:income:operating-expenses/total-operating-expenses")
        #expect(try store.resolve(line.id + "@FY2024")?.value == "2003000000")
    }

    @Test func aFileThatIsNotACorpusIsAClearError() throws {
        let path = TestPaths.scratch("not-a-corpus.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect { try SQLiteCorpus(path: path) } throws: { ($0 as? CorpusError)?.kind == .notACorpus }
    }

    @Test func aCorpusThatCannotBeWrittenIsAClearError() throws {
        #expect { try SQLiteCorpus(path: "/proc/tickmark/corpus.sqlite") } throws: { ($0 as? CorpusError)?.kind == .readOnly }
    }

    @Test func aRebuildWithNoExtractorChangeChangesNothing() async throws {
        let path = TestPaths.scratch("f.sqlite")
        let (_, store) = try await Self.ingest(Self.samples, jobs: 2, into: path)
        let before = try store.contentDump()
        let report = try await CorpusRebuild(ingest: CorpusIngest(jobs: 2)).run(corpus: path)
        #expect(report.build.added == Self.samples.count)
        #expect(report.added == 0 && report.aliased == 0 && report.valuesChanged.isEmpty && report.gone.isEmpty)
        #expect(try SQLiteCorpus(path: path).contentDump() == before)
        #expect(!FileManager.default.fileExists(atPath: path + ".next"))
        #expect(try SQLiteCorpus(path: path).builds().map(\.kind) == ["ingest", "rebuild"])
    }

    /// An ID a rubric cites that an improved extractor renames (simulated: the old corpus knew the
    /// fact by another name) resolves through an alias after the rebuild.
    @Test func aRenamedIDResolvesThroughItsAlias() async throws {
        let path = TestPaths.scratch("g.sqlite")
        _ = try await Self.ingest([SampleFilings.path(SampleFilings.pdf)], jobs: 1, into: path)
        let current = "8ec908656146:income:operating-expenses/total-operating-expenses@FY2024"
        let cited = "8ec908656146:income:total-operating-expenses@FY2024"
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE fact SET id = ? WHERE id = ?", arguments: [cited, current])
        }
        let report = try await CorpusRebuild(ingest: CorpusIngest(jobs: 1)).run(corpus: path)
        #expect(report.aliased == 1 && report.gone.isEmpty)
        let resolved = try #require(try SQLiteCorpus(path: path).resolve(cited))
        #expect(resolved.id == current && resolved.value == "2003000000")
    }

    @Test func shardsMergedAreOneRun() async throws {
        let (_, whole) = try await Self.ingest(Self.samples, jobs: 2, into: TestPaths.scratch("whole.sqlite"))
        let shards = try (1...3).map { try #require(Shard("\($0)/3")) }
        var parts: [String] = []
        for shard in shards {
            let part = TestPaths.scratch("part.sqlite")
            let files = try Self.samples.filter { shard.contains(sha256: Intake.sha256(try Data(contentsOf: URL(fileURLWithPath: $0)))) }
            _ = try await Self.ingest(files, jobs: 2, into: part)
            parts.append(part)
        }
        let merged = try SQLiteCorpus(path: TestPaths.scratch("merged.sqlite"))
        for part in parts { try merged.merge(from: part) }
        #expect(try merged.contentDump() == whole.contentDump())
        #expect(Shard("0/3") == nil && Shard("4/3") == nil && Shard("x") == nil)
    }
}
