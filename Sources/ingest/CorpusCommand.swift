import ArgumentParser
import Citing
import CorpusStore
import Foundation
import IngestPipeline

/// `ingest PATH… --corpus corpus.sqlite` (the batch into the corpus) and `ingest --corpus
/// corpus.sqlite --rebuild` (the nightly rebuild), with a progress line on a terminal and a
/// summary at the end. Exit code 0 when every file was read, 1 when some failed or were
/// quarantined (they are in the corpus with their reason) or a rebuild lost IDs, 78 when the corpus itself cannot be used.
struct CorpusCommand {
    var corpus: String
    var inputs: [String]
    var rebuild: Bool
    /// With `rebuild`: a folder of task files whose cited values must survive it.
    var tasks: String?
    var shard: Shard?
    var merge: [String]
    var jobs: Int
    var json: Bool
    var quiet: Bool
    /// Where each document is extracted (worker processes).
    var runner: any DocumentRunner

    func run() async throws {
        if !merge.isEmpty { return try mergeShards() }
        if inputs.isEmpty && !rebuild { return try upgrade() }
        let progress: ProgressLine
        let summary: BuildSummary
        var rebuildReport: CorpusRebuild.Report?
        do {
            let ingest = CorpusIngest(jobs: jobs, runner: runner)
            if rebuild {
                progress = ProgressLine(total: try SQLiteCorpus(path: corpus).documents().count, enabled: !quiet)
                let report = try await CorpusRebuild(ingest: ingest).run(corpus: corpus) { progress.record($0) }
                summary = report.build
                rebuildReport = report
            } else {
                let files = InputFiles.expand(inputs).files.filter(isInShard)
                progress = ProgressLine(total: files.count, enabled: !quiet)
                summary = try await ingest.run(files, into: try SQLiteCorpus(path: corpus)) { progress.record($0) }
            }
        } catch {
            FileHandle.standardError.write(Data("\r\u{1B}[Kerror: \(error.description)\n".utf8))
            throw ExitCode(78)
        }
        progress.finish()
        let failures = progress.failures
        if json {
            let report = Report(corpus: corpus, summary: summary, failures: failures, rebuild: rebuildReport)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(report) + Data("\n".utf8))
        } else {
            for failure in failures { FileHandle.standardError.write(Data("\(failure.status): \(failure.reason)\n".utf8)) }
            FileHandle.standardError.write(Data(("\(corpus): \(summary.added) added, \(summary.skipped) already there, "
                + "\(summary.failed) failed, \(summary.quarantined) quarantined\n").utf8))
            if let rebuildReport { Self.print(rebuildReport) }
        }
        let taskProblems = try checkTasks()
        if summary.failed > 0 || summary.quarantined > 0 || rebuildReport?.gone.isEmpty == false || !taskProblems.isEmpty { throw ExitCode(1) }
    }

    /// `ingest --corpus X` with nothing to read: create the corpus, or bring one written by an
    /// older Tickmark to this version's tables (opening it for writing runs the migrations).
    private func upgrade() throws {
        do {
            let count = try SQLiteCorpus(path: corpus).documents().count
            FileHandle.standardError.write(Data("\(corpus): tables up to date, \(count) documents\n".utf8))
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(78)
        }
    }

    /// After a rebuild, the task files of `--tasks` whose cited values the corpus no longer holds, listed on stderr.
    private func checkTasks() throws -> [String] {
        guard let tasks else { return [] }
        let problems: [String]
        do {
            problems = try TaskFolderCheck.problems(folder: tasks, corpus: SQLiteCorpus(path: corpus))
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(78)
        }
        let header = problems.isEmpty ? "tasks: every cited value of \(tasks) still holds\n"
            : "tasks: \(problems.count) cited values of \(tasks) no longer hold:\n"
        FileHandle.standardError.write(Data((header + problems.map { "  \($0)\n" }.joined()).utf8))
        return problems
    }

    /// Whether the file belongs to `--shard` (every file without one); an unreadable file goes to
    /// the first shard, so its failure is reported once.
    private func isInShard(_ path: String) -> Bool {
        guard let shard else { return true }
        guard let bytes = FileManager.default.contents(atPath: path) else { return shard.index == 1 }
        return shard.contains(sha256: Intake.sha256(bytes))
    }

    private func mergeShards() throws {
        do {
            let store = try SQLiteCorpus(path: corpus)
            for path in merge { try store.merge(from: path) }
            FileHandle.standardError.write(Data("\(corpus): merged \(merge.count) corpora, \(try store.documents().count) documents\n".utf8))
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(78)
        }
    }

    private static func print(_ report: CorpusRebuild.Report) {
        var lines = ["rebuild: \(report.kept) IDs kept, \(report.aliased) aliased, \(report.added) added, "
            + "\(report.valuesChanged.count) values changed, \(report.gone.values.map(\.count).reduce(0, +)) gone"]
        lines += report.valuesChanged.map { "  changed \($0.id): \($0.old) → \($0.new)" }
        for (document, ids) in report.gone.sorted(by: { $0.key < $1.key }) {
            lines.append("  gone in \(document): \(ids.count)")
            lines += ids.prefix(20).map { "    \($0)" }
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// The `--json` summary.
    struct Report: Encodable {
        typealias Failure = ProgressLine.Failure

        var corpus: String
        var summary: BuildSummary
        var failures: [Failure]
        var rebuild: CorpusRebuild.Report?
    }
}
