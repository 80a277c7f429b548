import CorpusStore
import Foundation
import IngestPipeline
import TestSupport
import Testing
import TickmarkModel

/// A corpus of real filings, one of each format: every ID resolves to its value, words of a label
/// find its line, and a rebuild with the same extractor changes nothing.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct CorpusRealTests {
    static let files = [
        "pdf/PATI_EARNINGS_FY2017Q3.pdf", "html/AA_10Q_2018Q2.htm", "ixbrl/UK-CH-07175596_AA_2017-03-31.html",
        "xbrl/NVDA_10K_FY2024/nvda-20240128_htm.xml",
    ].map(SharedCorpus.path)

    private static func temporaryCorpus() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-real-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("corpus.sqlite").path
    }

    @Test func realFilingsLandResolveAndRebuildUnchanged() async throws {
        let path = Self.temporaryCorpus()
        let store = try SQLiteCorpus(path: path)
        let summary = try await CorpusIngest(jobs: 2).run(Self.files, into: store)
        #expect(summary.added == 4 && summary.failed == 0)

        #expect(try store.resolve("3db6b0b084a5:income:revenues/total-revenues@3M-2017-06-30")?.value == "28104000")
        #expect(try store.resolve("31b77b865cfd:balance:uk-gaap-pt:NetCurrentAssetsLiabilities@2017-03-31")?.value == "3219")
        #expect(try store.resolve("9096b1104dbf:income:research-and-development-expenses@3M-2018-06-30")?.value == "9000000")
        let hits = try store.search("research development expenses")
        #expect(hits.contains { $0.id == "9096b1104dbf:income:research-and-development-expenses" })

        let every = try store.heldFacts()
        #expect(every.count > 600)
        for fact in every { #expect(try store.resolve(fact.id)?.value == "\(fact.value)") }

        let report = try await CorpusRebuild(ingest: CorpusIngest(jobs: 2)).run(corpus: path)
        #expect(report.kept == every.count && report.aliased == 0 && report.valuesChanged.isEmpty && report.gone.isEmpty)
    }
}
