import CorpusStore
import Foundation
import GRDB
import Testing

/// Text passages share the full-text index with lines (search rows of kind `passage`, ref_id the
/// passage ID): search ranks them with the facts whether or not the corpus has a `passage` table.
@Suite struct PassageSearchTests {
    /// A passage row as the passage ingest writes it, into the corpus at `path`.
    private static func addPassage(to path: String) throws {
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO search (text, kind, ref_id, document_id) VALUES (?, 'passage', ?, ?)",
                           arguments: ["Our liquidity remained strong, supported by operating cash flows.", "8ec908656146:passage:p3.1",
                                       "8ec908656146"])
        }
    }

    @Test func aPassageIsFoundByWordsOfItsText() async throws {
        let samples = try await SampleCorpus.corpus()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-passages-\(UUID().uuidString).sqlite").path
        try FileManager.default.copyItem(atPath: samples.path, toPath: path)
        try Self.addPassage(to: path)
        let corpus = try SQLiteCorpus(path: path)
        let hits = try corpus.rankedSearch("liquidity operating cash flows")
        let passage = try #require(hits.first { $0.kind == "passage" })
        #expect(passage.id == "8ec908656146:passage:p3.1" && passage.document.file == "northwind-10k-2024.pdf" && passage.fact == nil)
        #expect(try corpus.rankedSearch("liquidity", filters: .init(statement: "cash_flow")).allSatisfy { $0.kind == "fact" })
    }
}
