import ArgumentParser
import Evaluation
import Foundation

/// `tickmark-eval accuracy`: checks our statements against the gold facts, per format.
struct AccuracyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accuracy",
        abstract: "Check ingested statements against the gold facts; list every miss with its reason.")

    @OptionGroup var corpus: SharedCorpusOptions

    @Option(name: .long, help: "Gold JSON-lines file (default: <shared>/gold/visible.jsonl).")
    var gold: String?

    @Option(name: .long, help: "Only this format: pdf, html, ixbrl, xbrl or markup.")
    var only: String?

    @Option(name: .long, help: "Only gold facts of files whose path contains this text (repeatable).")
    var file: [String] = []

    @Option(name: .long, help: "Fail (exit 1) when the PDF rate is below this percentage.")
    var minPdf: Double?

    @Option(name: .long, help: "Fail (exit 1) when the html+ixbrl+xbrl rate is below this percentage.")
    var minMarkup: Double?

    @Option(name: .long, help: "Files ingested at a time.")
    var jobs = 2

    func validate() throws {
        if let only, only != "markup", !AccuracyReport.folders.contains(only) {
            throw ValidationError("--only must be pdf, html, ixbrl, xbrl or markup")
        }
    }

    func run() throws {
        try corpus.requireFilings()
        let goldPath = gold ?? corpus.root.appendingPathComponent("gold/visible.jsonl").path
        let facts = try GoldFile.load(path: goldPath).filter(isSelected)
        let files = Array(Set(facts.map(\.file))).sorted()
        Console.note("accuracy: \(facts.count) gold facts in \(files.count) files")
        let results = CorpusIngest.run(files, filings: corpus.filings, width: jobs)
        let byFile = Dictionary(uniqueKeysWithValues: results.map { ($0.file, $0) })
        let matcher = FactMatcher()
        let outcomes = facts.map { fact in
            matcher.judge(fact, record: byFile[fact.file]?.record, ingestError: byFile[fact.file]?.error)
        }
        let notes = results.reduce(into: [String: String]()) { notes, result in
            notes[result.file] = result.record.map(DocumentSummary.describe)
        }
        let report = AccuracyReport(outcomes: outcomes, fileNotes: notes)
        print(report.renderSummary())
        if outcomes.contains(where: { !$0.isFound }) {
            print("Misses by step:\n" + report.renderReasons())
            print("Per file (✗ = miss):\n" + report.renderMisses(), terminator: "")
        }
        try checkFloors(report)
    }

    private func isSelected(_ fact: GoldFact) -> Bool {
        if let only {
            let folders = only == "markup" ? AccuracyReport.markupFolders : [only]
            if !folders.contains(fact.folder) { return false }
        }
        return file.isEmpty || file.contains { fact.file.contains($0) }
    }

    private func checkFloors(_ report: AccuracyReport) throws {
        var failed = false
        let floors: [(String, Double?, Set<String>)] = [
            ("pdf", minPdf, ["pdf"]), ("markup", minMarkup, AccuracyReport.markupFolders),
        ]
        for (name, floor, folders) in floors {
            guard let floor else { continue }
            let score = report.score(folders: folders)
            guard score.total > 0 else { continue }
            if score.percent < floor {
                Console.note("FAIL: \(name) accuracy \(score.percentText) is below the floor \(floor)%")
                failed = true
            } else {
                Console.note("ok: \(name) accuracy \(score.percentText) ≥ floor \(floor)%")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
