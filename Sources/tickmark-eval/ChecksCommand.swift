import ArgumentParser
import Checking
import Foundation
import IngestPipeline
import TickmarkModel

/// `tickmark-eval checks [PATH…]`: the self-check pass rate over any files or folders of
/// filings — a measure of quality that needs no gold — and every failing check, listed.
struct ChecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checks",
        abstract: "Self-check pass rate over filings (default: the shared corpus); lists every failing check.")

    @OptionGroup var corpus: SharedCorpusOptions

    @Argument(help: "Filing files or folders (default: <shared>/filings).")
    var paths: [String] = []

    @Option(name: .long, help: "Fail (exit 1) when the pass rate (pass ÷ (pass + fail)) is below this percentage.")
    var min: Double?

    @Option(name: .long, help: "Files ingested at a time.")
    var jobs = 2

    func run() throws {
        if paths.isEmpty { try corpus.requireFilings() }
        let roots = paths.isEmpty ? [corpus.filings.path] : paths
        let files = InputFiles.expand(roots.map { URL(fileURLWithPath: $0).standardizedFileURL.path }).files
            .filter { !$0.hasSuffix(".tsv") && !$0.hasSuffix(".md") }
        Console.note("checks: \(files.count) files")
        let results = CorpusIngest.run(files, filings: URL(fileURLWithPath: "/"), width: jobs)
        let report = CheckReport(results: results.compactMap { result in result.record.map { (result.file, $0) } })
        print(report.render(), terminator: "")
        if let min, report.passRate * 100 < min {
            Console.note(String(format: "FAIL: check pass rate %.1f%% is below the floor %.1f%%", report.passRate * 100, min))
            throw ExitCode.failure
        }
    }
}

/// Pass, fail and skip counts per rule over many documents, the share of values no check
/// confirms, and each failing check with its place.
struct CheckReport {
    var results: [(file: String, record: DocumentRecord)]

    private var statements: [(file: String, statement: Statement)] {
        results.flatMap { result in result.record.statements.map { (result.file, $0) } }
    }

    var passRate: Double {
        let summary = CheckSummary(statements.map(\.statement))
        return summary.passed + summary.failed == 0 ? 1 : Double(summary.passed) / Double(summary.passed + summary.failed)
    }

    func render() -> String {
        var out = "rule                      pass   fail  skipped  pass rate\n"
        let checks = statements.flatMap(\.statement.checks)
        for rule in CheckRule.allCases {
            let mine = checks.filter { $0.rule == rule }
            let pass = mine.count(where: { $0.status == .pass }), fail = mine.count(where: { $0.status == .fail })
            let rate = pass + fail == 0 ? "-" : String(format: "%.1f%%", Double(pass) / Double(pass + fail) * 100)
            out += rule.rawValue.padding(toLength: 24, withPad: " ", startingAt: 0)
                + String(format: "%6d %6d %8d  ", pass, fail, mine.count - pass - fail) + rate + "\n"
        }
        let summary = CheckSummary(statements.map(\.statement))
        out += String(format: "all: %d pass, %d fail, %d skipped — pass rate %.1f%% over %d documents, %d statements\n",
                      summary.passed, summary.failed, summary.skipped, passRate * 100, results.count, statements.count)
        let facts = statements.flatMap { $0.statement.lines.flatMap(\.facts) }.filter { $0.value != nil }
        let unchecked = facts.count(where: { $0.flags == [Fact.uncheckedFlag] })
        let failing = facts.count(where: { !$0.flags.isEmpty && $0.flags != [Fact.uncheckedFlag] })
        out += String(format: "values: %d, confirmed by a check %d (%.1f%%), unchecked %d, in a failing check %d\n",
                      facts.count, facts.count - unchecked - failing,
                      facts.isEmpty ? 0 : Double(facts.count - unchecked - failing) / Double(facts.count) * 100, unchecked, failing)
        for (file, statement) in statements {
            for check in statement.checks where check.status == .fail {
                let label = check.lines.last.map { id in statement.lines.first { $0.id == id }?.label ?? id } ?? ""
                out += "FAIL \(file) \(statement.kind.rawValue) p\(statement.pages.first ?? 0) \(check.rule.rawValue) "
                    + "\(check.period ?? "-") \"\(label)\" expected \(check.expected.map { "\($0)" } ?? "-") "
                    + "actual \(check.actual.map { "\($0)" } ?? "-")\(check.note.map { " — \($0)" } ?? "")\n"
            }
        }
        return out
    }
}
