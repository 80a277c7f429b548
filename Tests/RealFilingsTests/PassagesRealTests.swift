import CorpusStore
import Foundation
import IngestPipeline
import StatementRecognition
import TestSupport
import Testing
import TickmarkModel

/// Narrative passages of a real 10-K PDF (3M 2018, one printed line per text block) and of a real
/// EDGAR HTML 10-Q (Alcoa 2018 Q2): a known sentence is a passage with its page and box, or its
/// element path; the corpus stores it and its FTS index finds it by its words; its ID parses back.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct PassagesRealTests {
    static let pdfSentence = "Major commercial graphics products include films, inks, and related products used to produce graphics "
        + "for vehicles, signs and interior surfaces."
    static let htmlSentence = "Bauxite production increased 3% in the 2018 second quarter and 2% in the 2018 six-month period "
        + "compared with the corresponding periods in 2017."

    private static func passage(containing sentence: String, in record: DocumentRecord) throws -> Passage {
        try #require(record.passages.first { $0.text.contains(sentence) }, "no passage holds \"\(sentence)\"")
    }

    @Test func knownSentencesArePassagesStoredAndFound() throws {
        let pdf = try Pipeline().run(path: SharedCorpus.path("pdf/MMM_10K_2018.pdf"))
        let html = try Pipeline().run(path: SharedCorpus.path("html/AA_10Q_2018Q2.htm"))

        let printed = try Self.passage(containing: Self.pdfSentence, in: pdf)
        #expect(printed.locator.page == 5)
        let box = try #require(printed.locator.bbox)
        #expect(box.width > 100 && box.height >= 8 && box.y0 > 36)
        #expect(printed.id.hasPrefix(pdf.id + ":text:p5."))
        // Page furniture and figures stay out.
        #expect(!pdf.passages.contains { $0.text == "Table of Contents" || $0.text.hasPrefix("3M Company") && $0.text.count < 40 })
        #expect(pdf.passages.allSatisfy { $0.text.utf8.count <= 2 * PassageReader.maximumLength })

        let tagged = try Self.passage(containing: Self.htmlSentence, in: html)
        #expect(tagged.locator.page == nil)
        #expect(tagged.locator.path?.hasPrefix("/html/body") == true)
        #expect(tagged.id == html.id + ":text:bauxite-production-increased-3-in-the-2018-second")

        for record in [pdf, html] {
            #expect(Set(record.passages.map(\.id)).count == record.passages.count)
            for passage in record.passages {
                let id = try #require(CitationID(passage.id))
                #expect(id.description == passage.id)
                guard case .passage = id.target else { Issue.record("\(passage.id) is no passage ID"); continue }
            }
        }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-passages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteCorpus(path: folder.appendingPathComponent("corpus.sqlite").path)
        try store.write([pdf, html].map { .read($0, source: SourceStat(path: $0.file, size: 0, modified: 0)) }, generator: "test")
        let pdfHits = try store.search("commercial graphics products films inks vehicles")
        #expect(pdfHits.first { $0.kind == "passage" }?.id == printed.id)
        let htmlHits = try store.search("bauxite production increased second quarter")
        #expect(htmlHits.contains { $0.kind == "passage" && $0.id == tagged.id })
        #expect(try store.contentDump().contains("# passage\n"))
    }
}
