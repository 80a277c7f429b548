import CorpusStore
import Foundation
import SampleCorpusSupport
import Testing

/// Text passages share the full-text index with lines (search rows of kind `passage`, ref_id the
/// passage ID): search ranks them with the facts, with their page, and `passage(_:)` resolves them.
@Suite struct PassageSearchTests {
    @Test func aPassageIsFoundByWordsOfItsText() async throws {
        let corpus = try await SampleCorpus.corpus()
        let hits = try corpus.rankedSearch("registrant specified charter")
        let passage = try #require(hits.first { $0.kind == "passage" && $0.document.file == "northwind-10k-2024.pdf" })
        #expect(passage.id == "8ec908656146:text:p1.exact-name-of-registrant-as-specified-in-its")
        #expect(passage.page == 1 && passage.fact == nil)
        let stored = try #require(try corpus.passage(passage.id))
        #expect(stored.text == "(Exact name of registrant as specified in its charter)" && stored.page == 1)
        #expect(try corpus.rankedSearch("registrant", filters: .init(statement: "cash_flow")).allSatisfy { $0.kind == "fact" })
    }
}
