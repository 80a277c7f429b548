import ArgumentParser
import Citing

/// `cite conflicts`: the same entity, concept and period with different values across documents.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "conflicts",
        abstract: "Same entity, concept (or label) and period, different values across documents, with both citations.")

    @OptionGroup var options: CorpusOptions
    @Option(help: "Ticker, CIK or part of the entity name.") var entity: String?
    @Option(help: "Part of the concept or label.") var concept: String?

    func run() throws {
        let conflicts = try ConflictFinder(corpus: options.open()).find(entity: entity, concept: concept)
        try options.print(conflicts) {
            conflicts.map { c in
                "\(c.entity)  \(c.concept)  \(c.period)  — \(c.between)\n"
                    + "    \(c.first.value ?? "—")  \(c.first.id)  (\(c.first.document.file))\n"
                    + "    \(c.second.value ?? "—")  \(c.second.id)  (\(c.second.document.file))\n"
            }.joined() + "\(conflicts.count) conflicts\n"
        }
    }
}
