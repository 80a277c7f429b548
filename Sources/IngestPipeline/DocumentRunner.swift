import TickmarkModel

/// Takes one document at a path through every stage, wherever that runs: in this process
/// (`Pipeline`) or in a worker process that a crash, a hang or a runaway allocation of a C
/// library cannot take the batch down with (`WorkerPool`).
public protocol DocumentRunner: Sendable {
    /// The document's record, or why there is none (`.quarantined` when its worker died).
    func outcome(of path: String) async -> Result<DocumentRecord, IngestError>
}

extension Pipeline: DocumentRunner {
    /// In this process: a crash of a C library ends the process (use a `WorkerPool` for a batch).
    public func outcome(of path: String) async -> Result<DocumentRecord, IngestError> {
        Result { () throws(IngestError) in try run(path: path) }
    }
}
