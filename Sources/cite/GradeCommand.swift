import ArgumentParser
import Citing
import Foundation

/// `cite grade task.yaml response.txt`: which criteria's expected numbers the answer states.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "grade",
        abstract: "Which criteria's expected numbers appear in a model's answer, with the matched spans (a first pass for the reviewer).")

    @OptionGroup var options: CorpusOptions
    @Argument(help: "The task file (YAML).") var task: String
    @Argument(help: "The model's answer (text).") var response: String

    func run() throws {
        let file: TaskFile
        do { file = try TaskFile.load(path: task) } catch { throw ValidationError("\(error)") }
        guard let answer = FileManager.default.contents(atPath: response) else { throw ValidationError("\(response) cannot be read") }
        let verdicts = AnswerGrader.grade(file, answer: String(decoding: answer, as: UTF8.self))
        try options.print(verdicts) {
            verdicts.map { v in
                "\(v.found ? "✓" : "✗") \(v.index). \(v.text)" + (v.expected.map { "  [expected \($0)]" } ?? "  [no expected value]") + "\n"
                    + v.spans.map { "      \"\($0.text)\" at \($0.start)–\($0.end)\n" }.joined()
            }.joined()
        }
        if verdicts.contains(where: { $0.expected != nil && !$0.found }) { throw ExitCode(1) }
    }
}
