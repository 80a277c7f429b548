import ArgumentParser
import Checking
import Foundation
import IngestPipeline
import Logging
import TickmarkModel

/// `ingest FILE… [--emit statements.json | --corpus corpus.sqlite]`: filings in, cited statements out.
@main
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read financial filings (PDF, EDGAR HTML, inline XBRL, XBRL) and emit their statements with citation IDs.",
        discussion: """
            Each input is a file or a folder (read recursively, files in name order). The output is \
            one statements.json holding every document that could be read. A file that cannot be \
            read is reported on stderr as `file: reason`; the others are still emitted.

            With --corpus, the documents go into a SQLite corpus instead (see the README, "The \
            corpus"): --jobs at once, documents already there from this version skipped, failures \
            kept with their reason; a summary goes to stderr (or stdout with --json). Exit 1 when any \
            failed, 78 when the corpus cannot be used. `ingest --corpus X` alone creates the corpus \
            or upgrades one of an older Tickmark to this version's tables (what `cite` asks for).

            Each document is extracted in a worker process (--jobs of them): a document whose \
            worker crashes, runs past --timeout or over --memory-limit is quarantined and the \
            others go on. A single file is read in this process under the same timeout and \
            memory limit: a crash, a hang or a runaway allocation ends the run with exit 75 and \
            the reason.

            Exit codes: 0 all read; 66 not found; 65 empty; 67 not a supported format; \
            68 encrypted PDF; 69 damaged file; 70 unsafe markup; 71 too large; 73 output failed; \
            75 quarantined; 1 several files failed for different reasons.
            """)

    @Argument(help: "Filing files or folders.")
    var inputs: [String] = []

    @Option(name: .long, help: "Write statements.json here (atomically) instead of to stdout.")
    var emit: String?

    @Option(name: .long, help: "Store the documents in this SQLite corpus (created if missing).")
    var corpus: String?

    @Option(name: .long, help: "Documents taken through the stages at once (default: the core count).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "With --corpus: read every document of the corpus again into a new generation, alias renamed IDs, switch atomically.")
    var rebuild = false

    @Option(name: .long, help: "With --rebuild: the task files (YAML) of this folder must still find the values they cite; exit 1 with a list when not.")
    var tasks: String?

    @Option(name: .long, help: "With --corpus: take only part i of n of the inputs (by document digest), e.g. 2/4.")
    var shard: String?

    @Option(name: .long, parsing: .upToNextOption, help: "With --corpus: merge these shard corpora into it.")
    var merge: [String] = []

    @Flag(name: .long, help: "With --corpus: print the summary as JSON on stdout.")
    var json = false

    @Flag(name: .long, help: "No progress: no progress line with --corpus, no per-file log lines otherwise.")
    var quiet = false

    @Option(name: .long, help: "Seconds one document may take in its worker before it is quarantined.")
    var timeout: Double = 300

    @Option(name: .long, help: "Address-space limit of each worker in megabytes (0: none).")
    var memoryLimit = 4096

    @Flag(name: .long, help: "Log each stage to stderr.")
    var verbose = false

    @Flag(name: .long, help: .hidden)
    var worker = false

    /// ArgumentParser's entry point, after `MallocTuning`.
    static func main() async {
        MallocTuning.apply()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }

    func validate() throws {
        if worker { return }
        if timeout <= 0 { throw ValidationError("--timeout must be positive") }
        if memoryLimit < 0 { throw ValidationError("--memory-limit must be 0 (none) or positive") }
        if corpus != nil && emit != nil { throw ValidationError("--corpus and --emit cannot be combined") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if rebuild && corpus == nil { throw ValidationError("--rebuild needs --corpus") }
        if tasks != nil && !rebuild { throw ValidationError("--tasks needs --rebuild") }
        if (shard != nil || !merge.isEmpty) && corpus == nil { throw ValidationError("--shard and --merge need --corpus") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/4") }
        if inputs.isEmpty && corpus == nil { throw ValidationError("give at least one file or folder") }
    }

    func run() async throws {
        if let corpus {
            try await CorpusCommand(corpus: corpus, inputs: inputs, rebuild: rebuild, tasks: tasks, shard: shard.flatMap(Shard.init),
                                    merge: merge, jobs: jobs, json: json, quiet: quiet, runner: WorkerPool(workerConfiguration)).run()
            return
        }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = quiet ? .warning : verbose ? .debug : .info
            return handler
        }
        let logger = Logger(label: "tickmark.ingest")
        if worker {
            return try Worker.serve(pipeline: Pipeline(logger: logger), memoryLimit: memoryLimit > 0 ? memoryLimit : nil,
                                    fault: WorkerFault(environment: ProcessInfo.processInfo.environment))
        }
        let (files, skipped) = InputFiles.expand(inputs)
        for path in skipped { logger.info("skipped \(path): XBRL linkbase or schema, read with its instance") }
        // One file: no second process, nothing else to keep going (see `GuardedRun`).
        let runner: any DocumentRunner = files.count == 1
            ? GuardedRun(pipeline: Pipeline(logger: logger), timeout: timeout, memoryLimit: memoryLimit > 0 ? memoryLimit : nil,
                         fault: WorkerFault(environment: ProcessInfo.processInfo.environment))
            : WorkerPool(workerConfiguration)
        var results = [Result<DocumentRecord, IngestError>?](repeating: nil, count: files.count)
        try await BoundedTasks.forEach(files, jobs: jobs, work: { await runner.outcome(of: $0) }) { index, result in
            if files.count > 1 { logger.info("[\(index + 1)/\(files.count)] \(files[index])") }
            results[index] = result
        }
        var documents: [DocumentRecord] = []
        var failures: [IngestError] = []
        for (path, result) in zip(files, results.compactMap { $0 }) {
            switch result {
            case .success(let record):
                if let failed = CheckSummary(record.statements).failureLine {
                    FileHandle.standardError.write(Data("checks: \(path): \(failed)\n".utf8))
                }
                documents.append(record)
            case .failure(let error):
                failures.append(error)
                FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            }
        }
        if !documents.isEmpty || failures.isEmpty {
            let output = StatementsFile(generator: StatementsJSON.generator, documents: documents)
            do {
                if let emit {
                    try StatementsJSON.write(output, to: emit)
                } else {
                    FileHandle.standardOutput.write(try StatementsJSON.encode(output))
                }
            } catch let error as IngestError {
                FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
                throw ExitCode(error.kind.exitCode)
            }
        }
        if let code = Self.exitCode(for: failures) { throw ExitCode(code) }
    }

    /// Workers are this executable in its hidden worker mode.
    private var workerConfiguration: WorkerConfiguration {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return WorkerConfiguration(executable: executable, timeout: timeout, memoryLimit: memoryLimit > 0 ? memoryLimit : nil,
                                   verbose: verbose)
    }

    /// The failures' shared exit code, 1 when they differ, nil when there are none.
    static func exitCode(for failures: [IngestError]) -> Int32? {
        guard let first = failures.first else { return nil }
        return failures.allSatisfy { $0.kind == first.kind } ? first.kind.exitCode : 1
    }
}
