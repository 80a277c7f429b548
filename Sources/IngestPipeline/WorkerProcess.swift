import Foundation
import Synchronization
import TickmarkModel

/// One extraction worker: a child `ingest` process in worker mode, fed one document at a time.
/// Its pipe I/O blocks a thread of its own (never one of Swift's few cooperative threads), and a
/// timer kills it with SIGKILL when a document takes longer than the timeout.
final class WorkerProcess: @unchecked Sendable {
    /// What came back for one document.
    enum Answer {
        /// The worker answered; `reusable` is false when the timer killed it just after.
        case answered(Result<DocumentRecord, IngestError>, reusable: Bool)
        /// The worker died or was killed, for this reason; it cannot be used again.
        case died(reason: String)
    }

    /// Whether the document finished before its deadline; the timer and the reader race for it.
    private final class Deadline: Sendable {
        enum State { case running, finished, passed }
        let state = Mutex(State.running)
    }

    private let process = Process()
    private let requests: FileHandle
    private let replies: FileHandle
    private let queue = DispatchQueue(label: "tickmark.worker")

    init(_ configuration: WorkerConfiguration) throws {
        let toWorker = Pipe(), fromWorker = Pipe()
        process.executableURL = configuration.executable
        process.arguments = configuration.arguments
        process.environment = configuration.environment
        process.standardInput = toWorker
        process.standardOutput = fromWorker
        try process.run()
        requests = toWorker.fileHandleForWriting
        replies = fromWorker.fileHandleForReading
    }

    /// Closing its stdin lets the worker finish and exit.
    deinit { try? requests.close() }

    func extract(_ path: String, timeout: Double) async -> Answer {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: self.extractWaiting(path, timeout: timeout)) }
        }
    }

    private func extractWaiting(_ path: String, timeout: Double) -> Answer {
        let deadline = Deadline()
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
            deadline.state.withLock { state in
                guard state == .running else { return }
                state = .passed
                kill(pid, SIGKILL)
            }
        }
        let reply: [UInt8]?
        do {
            try WorkerFrame.write(Array(path.utf8), to: requests)
            reply = try WorkerFrame.read(from: replies)
        } catch {
            reply = nil
        }
        let passed = deadline.state.withLock { state in
            if state == .running { state = .finished }
            return state == .passed
        }
        if let reply, let result = try? WorkerReply.decode(reply) {
            return .answered(result, reusable: !passed)
        }
        kill(pid, SIGKILL)
        process.waitUntilExit()
        if passed { return .died(reason: "timed out after \(Self.seconds(timeout)) s") }
        if reply != nil { return .died(reason: "worker sent an unreadable reply") }
        return .died(reason: Self.describeExit(process))
    }

    private static func describeExit(_ process: Process) -> String {
        let status = process.terminationStatus
        guard process.terminationReason == .uncaughtSignal else { return "worker exited with status \(status)" }
        let name = strsignal(status).map { String(cString: $0) } ?? "signal"
        return "worker killed by signal \(status) (\(name))"
    }

    /// `300`, `0.5`: a timeout as the options give it.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
