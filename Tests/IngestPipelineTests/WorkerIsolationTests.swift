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

    /// A single file is read in the `ingest` process itself, under the same guards: a crash, a
    /// hang or a runaway allocation of its extraction ends the run with the quarantine exit code and
    /// the reason, and a healthy file gives the bytes this process gives.
    @Test func aSingleDocumentRunIsGuardedInItsOwnProcess() throws {
        let executable = try #require(TestPaths.builtIngest, "ingest is built beside the test bundle")
        func run(_ name: String, _ fault: WorkerFault, _ options: [String] = []) throws -> (status: Int32, stderr: String, output: Data?) {
            let output = TestPaths.scratch("single.json")
            let process = Process()
            process.executableURL = executable
            process.arguments = [SampleFilings.path(name), "--emit", output, "--quiet"] + options
            process.environment = ProcessInfo.processInfo.environment.merging(fault.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }) { $1 }
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, stderr, FileManager.default.contents(atPath: output))
        }
        let crashed = try run(Self.crashing, WorkerFault([Self.crashing: .crash]))
        #expect(crashed.status == 75 && crashed.output == nil)
        #expect(crashed.stderr.contains("\(Self.crashing): quarantined: killed by signal 11"))
        let hung = try run(Self.hanging, WorkerFault([Self.hanging: .hang]), ["--timeout", "1"])
        #expect(hung.status == 75 && hung.stderr.contains("quarantined: timed out after 1 s"))
        let exhausted = try run(Self.crashing, WorkerFault([Self.crashing: .allocate]), ["--memory-limit", "2048"])
        #expect(exhausted.status == 75 && exhausted.stderr.contains("quarantined: killed by signal"))
        let healthy = try run(SampleFilings.pdf, WorkerFault([:]))
        let expected = try SampleFilings.statementsJSON(SampleFilings.pdf)
        #expect(healthy.status == 0 && healthy.output == expected)
    }

    private static func sha256(_ name: String) throws -> String {
        Intake.sha256(try Data(contentsOf: URL(fileURLWithPath: SampleFilings.path(name))))
    }
}
