import ArgumentParser
import Evaluation
import Foundation
import TickmarkModel

/// `tickmark-eval agreement`: the same company and period in two formats must give the same values.
struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Compare the statements of filings present in more than one format (target ≥ 97%), and the recall of "
            + "each tagged (XBRL / inline XBRL) version's face facts in its PDF twin (target ≥ 99%, equity ≥ 97%).")

    @OptionGroup var corpus: SharedCorpusOptions

    @Option(name: .long, help: "Files ingested at a time.")
    var jobs = 2

    @Option(name: .long, help: "Fail (exit 1) when the agreement rate is below this percentage.")
    var min: Double?

    @Option(name: .long, help: "Fail (exit 1) when the overall cross-format recall is below this percentage.")
    var minRecall: Double?

    @Option(name: .long, help: "Print at most this many missed facts per pair.")
    var listMissed = 8

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
        var recall: [StatementKind: RecallCount] = [:]
        for group in groups {
            for (a, b) in Manifest.pairs(group) {
                let title = "\(a.ticker) \(a.periodEnd)  \(a.file) vs \(b.file)"
                guard let left = byFile[a.file]?.record, let right = byFile[b.file]?.record else {
                    print("\(title): not compared (ingest failed)")
                    continue
                }
                // Recall between two versions of one filing (an earnings release is not its 10-Q).
                if a.format == "pdf", b.format == "ixbrl" || b.format == "xbrl-instance",
                   a.form.split(separator: " ").first == b.form.split(separator: " ").first {
                    printRecall(of: right, in: left, title: title, into: &recall)
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
        let overall = recall.values.reduce(RecallCount()) { RecallCount(found: $0.found + $1.found, total: $0.total + $1.total) }
        let recallScore = Score(found: overall.found, total: overall.total)
        print("recall of tagged face facts in the PDF twin: " + StatementKind.allCases.compactMap { kind in
            recall[kind].map { "\(kind.rawValue) \(Score(found: $0.found, total: $0.total).percentText) (\($0.found)/\($0.total))" }
        }.joined(separator: ", ") + "; overall \(recallScore.percentText) (\(overall.found)/\(overall.total))  target ≥ 99%, equity ≥ 97%")
        if let minRecall, recallScore.percent < minRecall {
            Console.note("FAIL: cross-format recall \(recallScore.percentText) is below the floor \(minRecall)%")
            throw ExitCode(1)
        }
        if let min, score.percent < min {
            Console.note("FAIL: agreement \(score.percentText) is below the floor \(min)%")
            throw ExitCode(1)
        }
    }

    /// One line per PDF–tagged pair: the share of the tagged face facts the PDF holds, and the first misses.
    private func printRecall(of tagged: DocumentRecord, in printed: DocumentRecord, title: String,
                             into totals: inout [StatementKind: RecallCount]) {
        let (counts, missed) = CrossFormatRecall().recall(of: tagged, in: printed)
        let found = counts.values.map(\.found).reduce(0, +), all = counts.values.map(\.total).reduce(0, +)
        print("\(title): recall \(found)/\(all)")
        for (kind, count) in counts {
            totals[kind, default: RecallCount()].found += count.found
            totals[kind, default: RecallCount()].total += count.total
        }
        for (kind, label, period, value) in missed.prefix(listMissed) {
            print("  missing in PDF: \(kind.rawValue) › \"\(label)\" @\(period): \(value)")
        }
    }

    private func signNote(_ pair: PairAgreement) -> String {
        pair.agreedBySignConvention == 0 ? "" : " (\(pair.agreedBySignConvention) by XBRL sign convention)"
    }

    private func text(_ value: Decimal?) -> String { value.map { "\($0)" } ?? "null" }
}
