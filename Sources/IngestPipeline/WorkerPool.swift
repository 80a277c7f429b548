import Foundation
import Synchronization
import TickmarkModel

/// How `WorkerPool` starts its workers: the `ingest` executable in its hidden worker mode.
public struct WorkerConfiguration: Sendable {
    /// The `ingest` executable (the running one, for the command line).
    public var executable: URL
    /// Seconds one document may take before its worker is killed and the document quarantined.
    public var timeout: Double
    /// Address-space limit of each worker, in megabytes; nil for none.
    public var memoryLimit: Int?
    /// Added to the inherited environment of each worker (e.g. the `WorkerFault` test hook).
    public var extraEnvironment: [String: String]
    public var verbose: Bool

    public init(executable: URL, timeout: Double = 300, memoryLimit: Int? = 4096,
                extraEnvironment: [String: String] = [:], verbose: Bool = false) {
        self.executable = executable
        self.timeout = timeout
        self.memoryLimit = memoryLimit
        self.extraEnvironment = extraEnvironment
        self.verbose = verbose
    }

    /// The hidden flags of `ingest` that make it a worker.
    var arguments: [String] {
        ["--worker"] + (memoryLimit.map { ["--memory-limit", String($0)] } ?? []) + (verbose ? ["--verbose"] : [])
    }

    /// A crashing worker prints no Swift backtrace unless asked: the batch reports the crash itself.
    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        return environment.merging(extraEnvironment) { $1 }
    }
}

/// Extraction in worker processes, as Apache Tika's ForkParser does it: long-lived `ingest`
/// workers, each fed one document at a time, started as needed (at most as many as documents in
/// flight). A worker that crashes, hangs past the timeout or exceeds its memory limit is killed
/// and replaced, and its document is quarantined with the reason; the batch goes on.
public final class WorkerPool: DocumentRunner {
    public let configuration: WorkerConfiguration
    private let idle = Mutex<[WorkerProcess]>([])

    public init(_ configuration: WorkerConfiguration) {
        self.configuration = configuration
        // A write to a worker that just died must fail with EPIPE, not end this process.
        signal(SIGPIPE, SIG_IGN)
    }

    public func outcome(of path: String) async -> Result<DocumentRecord, IngestError> {
        let worker: WorkerProcess
        do {
            worker = try idle.withLock { $0.popLast() } ?? WorkerProcess(configuration)
        } catch {
            return .failure(IngestError(.quarantined, file: path, reason: "cannot start a worker (\(error.localizedDescription))"))
        }
        switch await worker.extract(path, timeout: configuration.timeout) {
        case .answered(let result, let reusable):
            if reusable { idle.withLock { $0.append(worker) } }
            return result
        case .died(let reason):
            return .failure(IngestError(.quarantined, file: path, reason: "quarantined: \(reason)"))
        }
    }
}
