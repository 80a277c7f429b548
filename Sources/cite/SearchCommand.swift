import ArgumentParser
import CorpusStore

/// `cite search TEXT`: ranked facts and passages.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search",
        abstract: "Facts and passages whose label, concept, title or text match the words (FTS5, best first).")

    @OptionGroup var options: CorpusOptions
    @Argument(help: "Words to look for.") var text: [String]
    @Option(help: "Ticker, CIK or part of the entity name.") var entity: String?
    @Option(help: "Form, e.g. 10-K.") var form: String?
    @Option(help: "A year the period names.") var year: Int?
    @Option(help: "Statement kind: income, comprehensive_income, balance, cash_flow, equity.") var statement: String?
    @Option(help: "Part of the canonical or XBRL concept.") var concept: String?
    @Option(help: "At most this many hits.") var limit = 20

    func run() throws {
        let filters = SQLiteCorpus.SearchFilters(entity: entity, form: form, year: year, statement: statement, concept: concept)
        let hits = try options.open().rankedSearch(text.joined(separator: " "), filters: filters, limit: limit)
        try options.print(hits) {
            hits.map { hit in
                if let fact = hit.fact { return fact.summaryLine }
                let page = hit.page.map { " p.\($0)" } ?? ""
                return "\(hit.id)  (passage)\n    \(hit.text?.prefix(160) ?? "")\n    \(hit.document.entity ?? "?") \(hit.document.form ?? "") \(hit.document.file)\(page)\n"
            }.joined()
        }
        if hits.isEmpty { throw ExitCode(1) }
    }
}
