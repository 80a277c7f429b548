import Foundation

/// Test hook, never set in production: makes an extraction worker crash, hang or allocate
/// without end on documents of given file names, so tests can show that such a document is
/// quarantined while the rest of the batch lands. Workers read it from the environment, e.g.
/// `TICKMARK_TEST_WORKER_FAULT=crash:a.pdf,hang:b.htm,allocate:c.xml`.
public struct WorkerFault: Sendable, Equatable {
    public enum Action: String, Sendable {
        /// Dies of SIGSEGV, as a C library reading past a buffer would.
        case crash
        /// Never answers, as a parser caught in a loop would.
        case hang
        /// Allocates until the worker's memory limit stops it.
        case allocate
    }

    public static let environmentKey = "TICKMARK_TEST_WORKER_FAULT"

    /// Action by file name (the last path component).
    public var actions: [String: Action]

    public init(_ actions: [String: Action]) {
        self.actions = actions
    }

    /// The hook as the environment sets it; no actions when unset or unreadable.
    public init(environment: [String: String]) {
        var actions: [String: Action] = [:]
        for entry in (environment[Self.environmentKey] ?? "").split(separator: ",") {
            let parts = entry.split(separator: ":", maxSplits: 1)
            if parts.count == 2, let action = Action(rawValue: String(parts[0])) { actions[String(parts[1])] = action }
        }
        self.actions = actions
    }

    /// The environment entry that sets this hook in a worker.
    public var environment: [String: String] {
        [Self.environmentKey: actions.sorted { $0.key < $1.key }.map { "\($0.value.rawValue):\($0.key)" }.joined(separator: ",")]
    }

    /// Does what the hook says for the document at `path`, if anything: only `allocate` can return,
    /// when no limit stops it (it then gives the memory back).
    func strike(_ path: String) {
        switch actions[URL(fileURLWithPath: path).lastPathComponent] {
        case .crash: raise(SIGSEGV)
        case .hang: while true { sleep(60) }
        case .allocate:
            var blocks: [UnsafeMutableRawPointer] = []
            defer { blocks.forEach { free($0) } }
            // The address-space limit counts what is reserved, touched or not.
            for _ in 0..<1024 {
                guard let block = malloc(64 << 20) else { abort() }
                blocks.append(block)
            }
        case nil: return
        }
    }
}
