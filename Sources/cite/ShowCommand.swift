import ArgumentParser
import Citing
import CorpusStore
import Foundation
import TickmarkModel

/// `cite show ID`: a fact with everything about it, a line with its facts, a statement as a table,
/// a source table as printed, a cell with its row and facts, a passage with its text, a document
/// with its statements.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show",
        abstract: "Everything about a citation: a fact (aliases resolve), a line, a statement (DOC:KIND, as a table), a source table or cell, a passage or a document.")

    @OptionGroup var options: CorpusOptions
    @Argument(help: "A citation ID.") var id: String

    func run() throws {
        let corpus = try options.open()
        guard let citation = CitationID(id) else {
            throw ValidationError("\(id) is not a citation ID (see the README, \"Citation IDs\")")
        }
        switch citation.target {
        case .fact:
            guard let detail = try CitationDetail.load(id, counterparts: Counterparts(corpus: corpus)) else { throw notFound() }
            try options.print(detail) { Self.text(detail) }
        case .line:
            let facts = try corpus.facts(ofLine: id)
            guard !facts.isEmpty else { throw notFound() }
            try options.print(facts) { facts.map(\.summaryLine).joined() }
        case .statement:
            guard let table = try StatementTable.load(id, from: corpus) else { throw notFound() }
            try options.print(table) { table.rendered() }
        case .document:
            guard let document = try corpus.documentSummaries().first(where: { $0.id == id }) else { throw notFound() }
            let statements = try corpus.statements(ofDocument: id)
            try options.print(DocumentView(document: document, statements: statements.map(\.id))) {
                "\(document.id)  \(document.entity ?? "?")  \(document.form ?? "")  period end \(document.periodEnd ?? "?")\n"
                    + "  file \(document.file) (\(document.format ?? "?")), sha256 \(document.sha256)\n"
                    + statements.map { "  \($0.id)  \($0.title)\n" }.joined()
            }
        case .passage:
            guard let passage = try corpus.passage(id) else { throw notFound() }
            try options.print(passage) {
                "\(passage.id)\n  document  \(passage.document)" + (passage.page.map { "   page \($0)" } ?? "")
                    + "\n  locator   \(passage.locator)\n\n\(passage.text)\n"
            }
        case .table:
            guard let table = try corpus.table(id) else { throw notFound() }
            try options.print(table) { table.rendered() }
        case .cell:
            guard let detail = try CellDetail.load(id, document: citation.document, from: corpus) else { throw notFound() }
            try options.print(detail) {
                "\(detail.cell.id)\n  text      \(detail.cell.text)\n  table     \(detail.cell.table)   row \(detail.cell.row), column \(detail.cell.col)\n"
                    + "  printed   \(detail.printedRow.joined(separator: " | "))\n  locator   \(detail.cell.locator)\n"
                    + (detail.facts.isEmpty ? "  no fact was read from this cell\n" : "  facts\n" + detail.facts.map { "    " + $0.summaryLine }.joined())
            }
        }
    }

    private func notFound() -> ExitCode {
        FileHandle.standardError.write(Data("\(id): not in the corpus (and no alias)\n".utf8))
        return ExitCode(1)
    }

    /// A document and its statement IDs, for `--json`.
    struct DocumentView: Encodable {
        var document: DocumentSummary
        var statements: [String]
    }

    static func text(_ detail: CitationDetail) -> String {
        let fact = detail.fact
        var out = detail.isAlias ? "\(detail.requested)\n  is an alias (renamed by a rebuild) of\n" : ""
        out += "\(fact.id)\n"
        out += "  value     \(fact.value ?? "— (a dash)") \(fact.unit ?? "")   printed \(fact.printed ?? "—")   scale ×\(fact.statement.scale)\n"
        out += "  period    \(fact.period)\n"
        out += "  line      \(fact.line.label)" + (fact.line.section.isEmpty ? "" : "   (under \(fact.line.section.joined(separator: " › ")))") + "\n"
        out += "  concept   \(fact.line.concept ?? "—")   XBRL \(fact.line.xbrlConcept ?? "—")\n"
        out += "  statement \(fact.statement.id)  \(fact.statement.title)\n"
        if !detail.printedRow.isEmpty { out += "  printed   \(detail.printedRow.joined(separator: " | "))\n" }
        out += "  document  \(fact.document.entity ?? "?")  \(fact.document.form ?? "")  period end \(fact.document.periodEnd ?? "?")\n"
        out += "            \(fact.document.file) (\(fact.document.format ?? "?")) sha256 \(fact.document.sha256)\n"
        out += "  locator   \(fact.locator)\n"
        out += "  checks    " + (fact.flags.isEmpty ? "confirmed by a self-check" : fact.flags.joined(separator: ", ")) + "\n"
        if detail.others.isEmpty {
            out += "  elsewhere no other document of this entity holds this concept and period\n"
        } else {
            out += "  elsewhere\n"
            for other in detail.others {
                out += "    \(other.agrees ? "equal    " : "DIFFERENT") \(other.fact.value ?? "—")  \(other.fact.id)  "
                    + "(\(other.fact.document.form ?? "?") \(other.fact.document.file))\n"
            }
        }
        return out
    }
}
