import ArgumentParser
import CorpusStore

/// `cite search TEXT`: ranked facts and passages.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search",
        abstract: "Facts and passages whose label, concept, title or text match the words (FTS5, best first).")

    @OptionGroup var options: CorpusOptions
    @Argument(help: "Words to look for.") var text: [String]
    @OptionGroup var filters: FactFilterOptions
    @Option(help: "At most this many hits.") var limit = 20

    func run() throws {
        let hits = try options.open().rankedSearch(text.joined(separator: " "), filters: filters.filters, limit: limit)
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
