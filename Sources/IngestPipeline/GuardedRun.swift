import Foundation
import Synchronization
import TickmarkModel

/// One document taken through the stages in this process, under the guards a worker process
/// gives a batch: the same timeout and address-space limit, and a crash of a C library (or an
/// allocation the limit refused) ends the process with the document's `quarantined` error on
/// stderr and exit code 75, as a worker's death would end its document. Only for a run of one
/// document: it spares a second process start and the round trip of the record through a pipe.
///
/// What a worker still does better: a crash or a timeout here ends the whole process (there is
/// nothing else to save), and the kernel's OOM killer or a stack overflow that leaves no room for
/// the handler ends it without the message.
public struct GuardedRun: DocumentRunner {
    public var pipeline: Pipeline
    /// Seconds the document may take.
    public var timeout: Double
    /// Address-space limit in megabytes; nil for none.
    public var memoryLimit: Int?
    /// The `WorkerFault` test hook, struck here as a worker would strike it.
    public var fault: WorkerFault

    public init(pipeline: Pipeline, timeout: Double, memoryLimit: Int?, fault: WorkerFault) {
        self.pipeline = pipeline
        self.timeout = timeout
        self.memoryLimit = memoryLimit
        self.fault = fault
    }

    /// The signals a crashing C library or Swift runtime trap raises.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    public func outcome(of path: String) async -> Result<DocumentRecord, IngestError> {
        // Whatever a C library prints on stdout goes to stderr, as in a worker: stdout may carry the JSON.
        let stdout = dup(STDOUT_FILENO)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        defer {
            dup2(stdout, STDOUT_FILENO)
            close(stdout)
        }
        let limit = AddressSpaceLimit(megabytes: memoryLimit)
        defer { limit.restore() }
        let guards = CrashGuards(path: path, signals: Self.crashSignals)
        defer { guards.remove() }
        let watchdog = Watchdog(seconds: timeout, note: Self.note(path, "timed out after \(WorkerProcess.seconds(timeout)) s"))
        defer { watchdog.disarm() }
        fault.strike(path)
        return Result { () throws(IngestError) in try pipeline.run(path: path) }
    }

    /// The line `ingest` prints for a quarantined document, and its exit code.
    static func note(_ path: String, _ reason: String) -> [UInt8] {
        Array("error: \(IngestError(.quarantined, file: path, reason: "quarantined: \(reason)").description)\n".utf8)
    }

    /// Writes `note` to stderr and ends the process with the quarantine exit code; safe in a
    /// signal handler (only `write` and `_exit`).
    static func quarantine(_ note: UnsafeBufferPointer<UInt8>) -> Never {
        _ = write(STDERR_FILENO, note.baseAddress, note.count)
        _exit(IngestError.Kind.quarantined.exitCode)
    }
}

/// The address-space limit of this process for one document, given back afterwards.
private struct AddressSpaceLimit {
    private var previous = rlimit()
    private var lowered = false

    init(megabytes: Int?) {
        guard let megabytes, getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &previous) == 0 else { return }
        var limit = previous
        limit.rlim_cur = min(rlim_t(megabytes) << 20, previous.rlim_max)
        lowered = setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0
    }

    func restore() {
        guard lowered else { return }
        var limit = previous
        setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
    }
}

/// The crash notes by signal number, written before the handlers are installed: a signal handler
/// may not allocate. Only one `GuardedRun` is in flight in a process (it runs one document).
nonisolated(unsafe) private var crashNotes = UnsafeMutablePointer<UnsafeBufferPointer<UInt8>>.allocate(capacity: 65)

/// Handlers that turn a crash into the document's quarantine note, on an alternate stack of the
/// running thread (so that a runaway recursion can still be reported).
private struct CrashGuards {
    private let signals: [Int32]
    private var previous: [sigaction] = []
    private let stack: UnsafeMutableRawPointer
    private static let stackSize = 1 << 16

    init(path: String, signals: [Int32]) {
        self.signals = signals
        for signal in signals {
            let name = strsignal(signal).map { String(cString: $0) } ?? "signal"
            let note = GuardedRun.note(path, "killed by signal \(signal) (\(name))")
            let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: note.count)
            _ = bytes.initialize(from: note)
            crashNotes[Int(signal)] = UnsafeBufferPointer(bytes)
        }
        stack = .allocate(byteCount: Self.stackSize, alignment: 16)
        var alternate = stack_t(ss_sp: stack, ss_flags: 0, ss_size: Self.stackSize)
        sigaltstack(&alternate, nil)
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { GuardedRun.quarantine(crashNotes[Int($0)]) }
            action.sa_flags = Int32(SA_ONSTACK)
            sigemptyset(&action.sa_mask)
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous.append(old)
        }
    }

    func remove() {
        for (signal, old) in zip(signals, previous) {
            var action = old
            sigaction(signal, &action, nil)
        }
        var disabled = stack_t(ss_sp: nil, ss_flags: Int32(SS_DISABLE), ss_size: 0)
        sigaltstack(&disabled, nil)
        stack.deallocate()
        for signal in signals {
            UnsafeMutableBufferPointer(mutating: crashNotes[Int(signal)]).deallocate()
        }
    }
}

/// Ends the process with a quarantine note when the document runs past its time.
private final class Watchdog: Sendable {
    private let armed = Mutex(true)

    init(seconds: Double, note: [UInt8]) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            armed.withLock { isArmed in
                guard isArmed else { return }
                note.withUnsafeBufferPointer { GuardedRun.quarantine($0) }
            }
        }
    }

    func disarm() { armed.withLock { $0 = false } }
}
