import IngestPipeline
import MarkupExtraction
import TestSupport
import Testing
import TickmarkModel

/// EDGAR HTML and inline XBRL from the shared corpus.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct MarkupRealFilingsTests {
    private func extract(_ relative: String) throws -> SourceDocument {
        try MarkupExtractor().extract(try Intake().read(path: SharedCorpus.path(relative)))
    }

    private func tables(_ document: SourceDocument) -> [Table] {
        document.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    @Test func nvidiaInlineCellIsTaggedWithAssets() throws {
        let document = try extract("ixbrl/NVDA_10K_FY2024.htm")
        let cells = tables(document).flatMap { $0.rows.flatMap(\.cells) }
        let tagged = try #require(cells.first { $0.fact?.concept == "us-gaap:Assets" && $0.text.contains("65,728") })
        #expect(tagged.fact?.value == "65728000000")
        #expect(tagged.locator.table != nil && tagged.locator.row != nil && tagged.locator.concept == "us-gaap:Assets")
        #expect(document.xbrl?.units.values.contains { $0.name == "USD/shares" } == true)
    }

    @Test func intelHTMLIncomeTableIsReadIntoCells() throws {
        let document = try extract("html/INTC_10K_2002.htm")
        let netRevenue = tables(document).flatMap(\.rows).first { row in
            row.cell(at: 0)?.text == "Net revenue" && row.cells.contains { $0.text == "$26,764" }
        }
        let row = try #require(netRevenue)
        #expect(row.cells.map(\.text).contains("$26,539"))
    }
}
