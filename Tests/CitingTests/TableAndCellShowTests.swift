import Citing
import CorpusStore
import SampleCorpusSupport
import Testing
import TickmarkModel

/// `cite show` of a source table and of a cell ID, on the sample 10-K PDF: the capex figure of its
/// cash flow statement was read from a cell; the cell shows its printed row and that fact, the
/// table its rows and which of its cells became which fact.
@Suite struct TableAndCellShowTests {
    static let capexCell = "8ec908656146:table:p4.cash-flows-from-operating-activities:purchases-of-property-plant-and-equipment@year-ended-december-31-2024"

    @Test func aCellShowsItsRowAndTheFactReadFromIt() async throws {
        let corpus = try await SampleCorpus.corpus()
        let cellID = try #require(try corpus.fact(SampleCitingTests.capex)?.cell)
        #expect(cellID == Self.capexCell)
        let cell = try #require(CitationID(cellID))
        guard case .cell = cell.target else { Issue.record("not a cell ID: \(cellID)"); return }
        let detail = try #require(try CellDetail.load(cellID, document: cell.document, from: corpus))
        #expect(detail.cell.text == "(412)" && detail.cell.col == 1)
        #expect(detail.printedRow == ["Purchases of property, plant and equipment", "(412)", "(388)"])
        #expect(detail.facts.map(\.id) == [SampleCitingTests.capex])
        #expect(try CellDetail.load(cellID + "x", document: cell.document, from: corpus) == nil)
    }

    @Test func aTableShowsItsRowsAndTheCellsReadAsFacts() async throws {
        let corpus = try await SampleCorpus.corpus()
        let cellID = try #require(try corpus.fact(SampleCitingTests.capex)?.cell)
        let cell = try #require(CitationID(cellID))
        guard case .cell(let anchor, _, _) = cell.target else { Issue.record("not a cell ID: \(cellID)"); return }
        let tableID = cell.table(anchor: anchor).description
        let table = try #require(try corpus.table(tableID))
        #expect(tableID == "8ec908656146:table:p4.cash-flows-from-operating-activities")
        #expect(table.document.file == "northwind-10k-2024.pdf" && table.pages == "[4]")
        #expect(table.cells.contains { $0.id == cellID && $0.text == "(412)" && $0.table == tableID })
        #expect(table.facts[cellID] == [SampleCitingTests.capex])
        let text = table.rendered()
        #expect(text.contains("(412)") && text.contains(cellID) && text.contains(SampleCitingTests.capex))
        #expect(try corpus.table(tableID + "x") == nil)
    }
}
