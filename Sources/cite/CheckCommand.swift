import ArgumentParser
import Citing

/// `cite check task.yaml`: exit 0 only when every criterion is right.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check",
        abstract: "Check a task file against the corpus; exit 0 only when every criterion is right.")

    @OptionGroup var options: CorpusOptions
    @Argument(help: "Task files (YAML).") var tasks: [String]

    func run() throws {
        let checker = TaskChecker(counterparts: try Counterparts(corpus: options.open()))
        var reports: [TaskChecker.Report] = []
        for path in tasks {
            do {
                reports.append(try checker.check(TaskFile.load(path: path)))
            } catch let error as TaskFileError {
                throw ValidationError(error.description)
            }
        }
        try options.print(reports) { reports.map(Self.text).joined() }
        if reports.contains(where: { !$0.passed }) { throw ExitCode(1) }
    }

    static func text(_ report: TaskChecker.Report) -> String {
        var out = "\(report.task): \(report.passed ? "all right" : "FAILS")\n"
        out += report.problems.map { "  ✗ \($0.message)\n" }.joined()
        for criterion in report.criteria {
            out += "  \(criterion.passed ? "✓" : "✗") \(criterion.index). \(criterion.text)"
                + (criterion.result.map { "  [= \($0)]" } ?? "") + "\n"
            out += criterion.problems.map { "      ✗ \($0.kind.rawValue): \($0.message)\n" }.joined()
            out += criterion.notes.map { "      · \($0)\n" }.joined()
        }
        return out
    }
}
