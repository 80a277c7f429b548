import IngestPipeline
import PDFExtraction
import TableRecognition
import Testing
import TickmarkModel

/// The PDF backend and table finder on real 10-K pages.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct PDFRealFilingsTests {
    /// Extracted once for the suite (a 160-page file).
    private static let mmmExtraction = Result { () throws(IngestError) -> SourceDocument in
        try PDFExtractor().extract(try Intake().read(path: SharedCorpus.path("pdf/MMM_10K_2018.pdf")))
    }

    private static func mmm() throws -> SourceDocument { try mmmExtraction.get() }

    @Test func mmmIncomeStatementWordsShareABaseline() throws {
        let document = try Self.mmm()
        let page = try #require(document.pages.first { $0.number == 56 })
        let net = try #require(page.words.first { $0.text == "Net" })
        let sales = try #require(page.words.first { $0.text == "sales" && abs($0.bbox.y1 - net.bbox.y1) < 1 })
        let amount = try #require(page.words.first { $0.text == "32,765" })
        #expect(abs(sales.bbox.y1 - net.bbox.y1) < 0.5)
        #expect(abs(amount.bbox.y1 - net.bbox.y1) < 0.5)
        #expect(net.bbox.x1 < sales.bbox.x0 && sales.bbox.x1 < amount.bbox.x0)
        #expect(amount.bbox.x0 > 300 && amount.bbox.x1 < page.width)
    }

    @Test func mmmCashFlowHasCapitalExpenditures() throws {
        let blocks = PDFTableFinder().blocks(for: try Self.mmm().pages)
        let tables = blocks.compactMap { block -> Table? in
            if case .table(let table) = block, table.pages == [60] { table } else { nil }
        }
        let rows = tables.flatMap(\.rows)
        let capex = try #require(rows.first { $0.cell(at: 0)?.text == "Purchases of property, plant and equipment (PP&E)" })
        #expect(capex.cell(at: 1)?.text == "(1,577)")
        #expect(capex.cell(at: 1)?.locator.page == 60)
        let header = try #require(tables.first?.rows.first)
        #expect(header.cells.map(\.text) == ["(Millions)", "2018", "2017", "2016"])
    }
}
