import CorpusStore
import Foundation
import Testing
import TickmarkModel
@testable import IngestPipeline

/// Extraction in worker processes (the built `ingest` in its worker mode): the same records as in
/// this process, and a document that crashes, hangs or exhausts its worker (the `WorkerFault` test
/// hook stands in for a C library doing so) is quarantined with the reason while the rest lands.
@Suite(.serialized) struct WorkerIsolationTests {
    private static var samples: [String] { SampleFilings.names.map(SampleFilings.path) }
    private static let crashing = "northwind-10k-2024-html.htm"
    private static let hanging = "northwind-10q-2025-q1-ligatures.pdf"

    private static func pool(_ fault: WorkerFault = WorkerFault([:]), timeout: Double = 20, memoryLimit: Int? = 4096) throws -> WorkerPool {
        let executable = try #require(TestPaths.builtIngest, "ingest is built beside the test bundle")
        return WorkerPool(WorkerConfiguration(executable: executable, timeout: timeout, memoryLimit: memoryLimit,
                                              extraEnvironment: fault.environment))
    }

    @Test func workersGiveTheSameStatementsJSONAsThisProcess() async throws {
        let pool = try Self.pool()
        for name in SampleFilings.names {
            let record = try await pool.outcome(of: SampleFilings.path(name)).get()
            let bytes = try StatementsJSON.encode(StatementsFile(generator: StatementsJSON.generator, documents: [record]))
            #expect(bytes == (try SampleFilings.statementsJSON(name)), "\(name)")
        }
    }

    @Test func aCrashingAndAHangingDocumentAreQuarantinedWhileTheRestLand() async throws {
        let fault = WorkerFault([Self.crashing: .crash, Self.hanging: .hang])
        let path = TestPaths.scratch("quarantine.sqlite")
        let store = try SQLiteCorpus(path: path)
        let ingest = CorpusIngest(jobs: 2, batchSize: 2, runner: try Self.pool(fault, timeout: 20))
        let first = try await ingest.run(Self.samples, into: store)
        #expect(first.quarantined == 2 && first.failed == 0 && first.added == Self.samples.count - 2)
        let crashed = try #require(try store.documentStatus(sha256: Self.sha256(Self.crashing)))
        #expect(crashed.status == "quarantined" && crashed.error?.contains("killed by signal 11") == true)
        let hung = try #require(try store.documentStatus(sha256: Self.sha256(Self.hanging)))
        #expect(hung.status == "quarantined" && hung.error?.contains("timed out after 20 s") == true)

        // A re-run tries the quarantined documents again, and reports them the same way.
        let again = try await ingest.run(Self.samples, into: store)
        #expect(again.quarantined == 2 && again.added == 0 && again.skipped == Self.samples.count - 2)
        #expect(try store.documentStatus(sha256: Self.sha256(Self.crashing))?.error == crashed.error)

        // Once the fault is gone they land, and the corpus is the one this process would write.
        let healed = try await CorpusIngest(jobs: 2, runner: try Self.pool()).run(Self.samples, into: store)
        #expect(healed.added == 2 && healed.quarantined == 0)
        let reference = try SQLiteCorpus(path: TestPaths.scratch("reference.sqlite"))
        _ = try await CorpusIngest(jobs: 2).run(Self.samples, into: reference)
        #expect(try store.contentDump() == reference.contentDump())
    }

    @Test func aRunawayAllocationEndsItsWorkerNotTheBatch() async throws {
        let pool = try Self.pool(WorkerFault([Self.crashing: .allocate]), memoryLimit: 2048)
        let result = await pool.outcome(of: SampleFilings.path(Self.crashing))
        #expect(throws: IngestError.self) { try result.get() }
        if case .failure(let error) = result { #expect(error.kind == .quarantined && error.reason.contains("killed by signal")) }
        #expect(try await pool.outcome(of: SampleFilings.path(SampleFilings.pdf)).get().file == SampleFilings.pdf)
    }

    private static func sha256(_ name: String) throws -> String {
        Intake.sha256(try Data(contentsOf: URL(fileURLWithPath: SampleFilings.path(name))))
    }
}
