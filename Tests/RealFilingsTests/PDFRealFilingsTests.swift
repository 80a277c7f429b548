import IngestPipeline
import PDFExtraction
import TableRecognition
import TestSupport
import Testing
import TickmarkModel

/// The PDF backend and table finder on real 10-K pages.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct PDFRealFilingsTests {
    /// Extracted once for the suite (a 160-page file).
    private static let mmmExtraction = Result { () throws(IngestError) -> SourceDocument in
        try PDFExtractor().extract(try Intake().read(path: SharedCorpus.path("pdf/MMM_10K_2018.pdf")))
    }

    private static func mmm() throws -> SourceDocument { try mmmExtraction.get() }

    private static func tables(_ file: String, page: Int) throws -> [Table] {
        let source = try PDFExtractor().extract(try Intake().read(path: SharedCorpus.path("pdf/\(file)")))
        let pages = source.pages.filter { $0.number == page }
        return PDFTableFinder().blocks(for: pages).compactMap { block -> Table? in
            if case .table(let table) = block { table } else { nil }
        }
    }

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

    @Test func bbyWrappedCapitalExpendituresLabelIsOneRow() throws {
        let rows = try Self.tables("BBY_10K_FY2019.pdf", page: 55).flatMap(\.rows)
        let label = "Additions to property and equipment, net of $53, $123 and $48, respectively, of non-cash capital expenditures"
        let row = try #require(rows.first { $0.cell(at: 0)?.text == label })
        #expect(row.cells.map(\.text) == [label, "(819)", "(688)", "(580)"])
    }

    @Test func amcrHeaderSpansThreeAndSixMonthColumns() throws {
        let table = try #require(try Self.tables("AMCR_10Q_FY2023Q2.pdf", page: 5).first)
        let header = try #require(table.rows.first)
        #expect(header.cells.map(\.text) == ["Three Months Ended December 31,", "Six Months Ended December 31,"])
        #expect(header.cells.map(\.column) == [1, 3])
        #expect(header.cells.map(\.span) == [2, 2])
        #expect(table.rows[1].cells.map(\.text) == ["($ in millions, except per share data)", "2022", "2021", "2022", "2021"])
    }

    /// Page 84 of JPM's 10-Q sets prose in its left column beside a table in its right column.
    @Test func jpmProseBesideATableStaysOutOfIt() throws {
        let rows = try Self.tables("JPM_10Q_2022Q2.pdf", page: 84).flatMap(\.rows)
        let total = try #require(rows.first { $0.cell(at: 1)?.text == "3,841.3" })
        #expect(total.cell(at: 0)?.text == "Total Firm assets")
    }
}
