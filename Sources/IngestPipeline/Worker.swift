import Foundation
import TickmarkModel

/// The worker side of `WorkerPool`: the hidden mode of `ingest` that reads document paths from
/// stdin and answers each with its record on stdout, one document at a time, until stdin closes
/// (the batch ended, or its process died).
public enum Worker {
    /// Serves requests until stdin closes. Stdout carries only frames: whatever a C library prints
    /// there goes to stderr instead. `memoryLimit` (bytes) caps the address space, so a runaway
    /// allocation ends this worker, not the machine.
    /// - Parameter memoryLimit: megabytes; nil for none.
    public static func serve(pipeline: Pipeline, memoryLimit: Int?, fault: WorkerFault) throws {
        let replies = FileHandle(fileDescriptor: dup(STDOUT_FILENO), closeOnDealloc: true)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        if let memoryLimit {
            let bytes = rlim_t(memoryLimit) << 20
            var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
            setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
        }
        let requests = FileHandle.standardInput
        while let request = try WorkerFrame.read(from: requests) {
            let path = String(decoding: request, as: UTF8.self)
            fault.strike(path)
            let result = Result { () throws(IngestError) in try pipeline.run(path: path) }
            try WorkerFrame.write(try WorkerReply.encode(result), to: replies)
        }
    }
}
