import Foundation
import IngestPipeline
import TickmarkModel

/// One corpus file run through the pipeline: its record, or the error that stopped it.
struct IngestResult: Sendable {
    var file: String
    var record: DocumentRecord?
    var error: String?
    var seconds: Double
}

/// Runs the pipeline over corpus files, `width` files at a time, reporting progress on stderr.
enum CorpusIngest {
    /// Ingests each file (relative to `filings`, unless absolute) once; results in the order of `files`.
    static func run(_ files: [String], filings: URL, width: Int) -> [IngestResult] {
        let work = SharedWork(files: files)
        let pipeline = Pipeline()
        DispatchQueue.concurrentPerform(iterations: max(1, min(width, files.count))) { _ in
            while let (index, file) = work.next() {
                let path = file.hasPrefix("/") ? file : filings.appendingPathComponent(file).path
                let clock = ContinuousClock()
                let start = clock.now
                var result = IngestResult(file: file, record: nil, error: nil, seconds: 0)
                do throws(IngestError) {
                    result.record = try pipeline.run(path: path)
                } catch {
                    result.error = "\(error.kind.rawValue): \(error.reason)"
                }
                result.seconds = (clock.now - start).seconds
                work.finish(index, result)
            }
        }
        return work.results.compactMap { $0 }
    }
}

/// The queue of files and the results, shared by the worker threads under a lock.
private final class SharedWork: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private let files: [String]
    private var nextIndex = 0
    private var done = 0
    private(set) var results: [IngestResult?]

    init(files: [String]) {
        self.files = files
        self.results = Array(repeating: nil, count: files.count)
    }

    func next() -> (Int, String)? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < files.count else { return nil }
        defer { nextIndex += 1 }
        return (nextIndex, files[nextIndex])
    }

    func finish(_ index: Int, _ result: IngestResult) {
        lock.lock()
        defer { lock.unlock() }
        results[index] = result
        done += 1
        let statements = result.record.map { "\($0.statements.count) statements" } ?? "FAILED \(result.error ?? "")"
        Console.note("[\(done)/\(files.count)] \(result.file)  \(String(format: "%.1fs", result.seconds))  \(statements)")
    }
}

extension Duration {
    /// The duration in seconds as a Double.
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
