import Foundation
import IngestPipeline
import Synchronization

/// The progress of a batch on stderr: on a terminal one line redrawn in place (done/total,
/// docs/s, ETA, failures, current file); elsewhere nothing until the summary. Keeps the failures
/// for the summary.
final class ProgressLine: Sendable {
    /// A document that failed (`failed`) or whose worker died (`quarantined`), with the reason.
    struct Failure: Encodable {
        var file: String
        var status: String
        var reason: String
    }

    private struct State {
        var done = 0
        var failures: [Failure] = []
    }

    private let total: Int
    private let drawing: Bool
    private let started = Date()
    private let state = Mutex(State())

    init(total: Int, enabled: Bool) {
        self.total = total
        drawing = enabled && isatty(STDERR_FILENO) == 1
    }

    var failures: [Failure] { state.withLock { $0.failures.sorted { $0.file < $1.file } } }

    func record(_ outcome: CorpusIngest.Outcome) {
        let (done, failed, path) = state.withLock { state -> (Int, Int, String) in
            state.done += 1
            switch outcome {
            case .failed(let path, let reason):
                state.failures.append(Failure(file: path, status: "failed", reason: reason))
                return (state.done, state.failures.count, path)
            case .quarantined(let path, let reason):
                state.failures.append(Failure(file: path, status: "quarantined", reason: reason))
                return (state.done, state.failures.count, path)
            case .added(let path), .skipped(let path):
                return (state.done, state.failures.count, path)
            }
        }
        guard drawing else { return }
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let eta = rate > 0 ? Int(Double(total - done) / rate) : 0
        let name = URL(fileURLWithPath: path).lastPathComponent
        let line = "\r\u{1B}[K[\(done)/\(total)] " + String(format: "%.1f", rate) + " docs/s, ETA \(eta)s, \(failed) failed  \(name)"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if drawing { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
