import ArgumentParser
import Evaluation
import Foundation

/// `tickmark-eval agreement`: the same company and period in two formats must give the same values.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Compare the statements of filings present in more than one format (target ≥ 97%).")

    @OptionGroup var corpus: SharedCorpusOptions

    @Option(name: .long, help: "Files ingested at a time.")
    var jobs = 2

    @Option(name: .long, help: "Fail (exit 1) when the agreement rate is below this percentage.")
    var min: Double?

    func run() throws {
        try corpus.requireFilings()
        let manifestURL = corpus.filings.appendingPathComponent("MANIFEST.tsv")
        let manifest = Manifest.parse(try String(contentsOf: manifestURL, encoding: .utf8))
        let groups = Manifest.samePeriodGroups(manifest)
        let files = Array(Set(groups.flatMap { $0.map(\.file) })).sorted()
        Console.note("agreement: \(groups.count) filings in several formats, \(files.count) files")
        let results = CorpusIngest.run(files, filings: corpus.filings, width: jobs)
        let byFile = Dictionary(uniqueKeysWithValues: results.map { ($0.file, $0) })
        var total = PairAgreement()
        for group in groups {
            for (a, b) in Manifest.pairs(group) {
                let title = "\(a.ticker) \(a.periodEnd)  \(a.file) vs \(b.file)"
                guard let left = byFile[a.file]?.record, let right = byFile[b.file]?.record else {
                    print("\(title): not compared (ingest failed)")
                    continue
                }
                let pair = AgreementComparer().compare(left, right)
                total.compared += pair.compared
                total.agreed += pair.agreed
                total.agreedBySignConvention += pair.agreedBySignConvention
                print("\(title): \(pair.agreed)/\(pair.compared) agree" + signNote(pair))
                for d in pair.disagreements {
                    let labels = d.label == d.otherLabel ? "\"\(d.label)\"" : "\"\(d.label)\" / \"\(d.otherLabel)\""
                    print("  ≠ \(d.kind.rawValue) › \(labels) @\(d.period): \(text(d.value)) vs \(text(d.otherValue))")
                }
            }
        }
        let score = Score(found: total.agreed, total: total.compared)
        print("\nagreement: \(score.found)/\(score.total) shared facts agree (\(score.percentText))" + signNote(total)
              + "  target ≥ 97%")
        if let min, score.percent < min {
            Console.note("FAIL: agreement \(score.percentText) is below the floor \(min)%")
            throw ExitCode(1)
        }
    }

    private func signNote(_ pair: PairAgreement) -> String {
        pair.agreedBySignConvention == 0 ? "" : " (\(pair.agreedBySignConvention) by XBRL sign convention)"
    }

    private func text(_ value: Decimal?) -> String { value.map { "\($0)" } ?? "null" }
}
