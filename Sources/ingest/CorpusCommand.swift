import ArgumentParser
import CorpusStore
import Foundation
import IngestPipeline

/// `ingest PATH… --corpus corpus.sqlite`: the batch into the corpus, with a progress line on a
/// terminal and a summary at the end. Exit code 0 when every file was read, 1 when some failed
/// (they are in the corpus with their reason), 78 when the corpus itself cannot be used.
struct CorpusCommand {
    var corpus: String
    var inputs: [String]
    var jobs: Int
    var json: Bool
    var quiet: Bool

    func run() async throws {
        let (files, _) = InputFiles.expand(inputs)
        let store: SQLiteCorpus
        do {
            store = try SQLiteCorpus(path: corpus)
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(78)
        }
        let progress = ProgressLine(total: files.count, enabled: !quiet)
        let summary: BuildSummary
        do {
            summary = try await CorpusIngest(jobs: jobs).run(files, into: store) { progress.record($0) }
        } catch {
            progress.finish()
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(78)
        }
        progress.finish()
        let failures = progress.failures
        if json {
            let report = Report(corpus: corpus, summary: summary, failures: failures.map { Report.Failure(file: $0.0, reason: $0.1) })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(report) + Data("\n".utf8))
        } else {
            for (_, reason) in failures { FileHandle.standardError.write(Data("failed: \(reason)\n".utf8)) }
            FileHandle.standardError.write(Data(("\(corpus): \(summary.added) added, \(summary.skipped) already there, "
                + "\(summary.failed) failed\n").utf8))
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }

    /// The `--json` summary.
    struct Report: Encodable {
        struct Failure: Encodable {
            var file: String
            var reason: String
        }

        var corpus: String
        var summary: BuildSummary
        var failures: [Failure]
    }
}
