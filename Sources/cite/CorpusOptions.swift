import ArgumentParser
import CorpusStore
import Foundation

/// The options every `cite` command takes: which corpus, and JSON instead of text.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite corpus written by `ingest --corpus`.")
    var corpus = "corpus.sqlite"

    @Flag(name: .long, help: "Print JSON on stdout instead of text.")
    var json = false

    /// Opens the corpus read-only (every command only reads; a read-only file or folder serves); a
    /// missing or unusable corpus exits 78 with the reason on stderr.
    func open() throws -> SQLiteCorpus {
        Timing.mark()
        guard FileManager.default.fileExists(atPath: corpus) else { fail("\(corpus): no such corpus (build one with `ingest FILES --corpus \(corpus)`)") }
        do {
            return try SQLiteCorpus(path: corpus, readOnly: true)
        } catch {
            fail(error.description)
        }
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Foundation.exit(78)
    }

    /// Prints `value` as JSON when `--json` is given, else the text.
    func print(_ value: some Encodable, text: () -> String) throws {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(value) + Data("\n".utf8))
        } else {
            FileHandle.standardOutput.write(Data(text().utf8))
        }
    }
}

extension CitedFact {
    /// One line of text: ID, value as printed and normalized, period, entity, form, file, page.
    var summaryLine: String {
        let page = page.map { " p.\($0)" } ?? ""
        let flags = flags.isEmpty ? "" : " [\(flags.joined(separator: ", "))]"
        return "\(id)\n    \(printed ?? "—") → \(value ?? "—") \(unit ?? "")  \(period)  \(line.label)  "
            + "\(document.entity ?? "?") \(document.form ?? "") \(document.file)\(page)\(flags)\n"
    }
}
