import ArgumentParser
import Citing
import CorpusStore
import Foundation

/// `cite export ID… [--task task.yaml] --csv`: citations as rows for a spreadsheet.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export",
        abstract: "Citations (and a task's citations) as CSV or JSON rows.")

    @OptionGroup var options: CorpusOptions
    @Argument(help: "Fact IDs (aliases resolve).") var ids: [String] = []
    @Option(help: "Also every citation of this task file.") var task: String?
    @Flag(help: "CSV (the default without --json).") var csv = false

    func validate() throws {
        if csv && options.json { throw ValidationError("--csv and --json cannot be combined") }
        if ids.isEmpty && task == nil { throw ValidationError("give fact IDs or --task") }
    }

    func run() throws {
        let corpus = try options.open()
        var wanted = ids
        if let task {
            do {
                let file = try TaskFile.load(path: task)
                wanted += file.criteria.flatMap { ($0.citations ?? [:]).sorted { $0.key < $1.key }.map(\.value.id) }
            } catch { throw ValidationError("\(error)") }
        }
        var facts: [CitedFact] = []
        var missing: [String] = []
        var seen: Set<String> = []
        for id in wanted where seen.insert(id).inserted {
            if let (_, fact) = try CitationDetail.resolve(id, in: corpus) { facts.append(fact) } else { missing.append(id) }
        }
        try options.print(facts) { CSVExport.rows(facts) }
        for id in missing { FileHandle.standardError.write(Data("\(id): not in the corpus (and no alias)\n".utf8)) }
        if !missing.isEmpty { throw ExitCode(1) }
    }
}
