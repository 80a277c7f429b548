import Testing
import TickmarkModel
@testable import MarkupExtraction

/// Statements printed one line per `<table>` (UK Companies House style).
@Suite struct FragmentedTableTests {
    static let markup = """
    <html><body><div>
    <table><tr><td>Balance Sheet</td></tr></table>
    <table><tr><td></td><td>2018</td><td>2017</td></tr></table>
    <table><tr><td>FIXED ASSETS</td></tr></table>
    <table><tr><td>Tangible assets</td><td>4</td><td>52,982</td><td>63,450</td></tr></table>
    <table><tr><td>Cash at bank</td><td>67,236</td><td>14,768</td></tr></table>
    <table><tr><td>NET ASSETS</td><td>32,248</td><td>26,199</td></tr></table>
    <table><tr><td>The company is entitled to exemption from audit under section 477 of the Companies Act 2006.</td></tr></table>
    </div></body></html>
    """

    @Test func lineTablesAreJoinedWithValuesAlignedRight() throws {
        let document = try extract(Self.markup, as: .html)
        let joined = try #require(tables(document).first)
        #expect(tables(document).count == 1)
        #expect(joined.rows.map { $0.cells.map(\.text) } == [
            ["2018", "2017"], ["FIXED ASSETS"], ["Tangible assets", "4", "52,982", "63,450"],
            ["Cash at bank", "67,236", "14,768"], ["NET ASSETS", "32,248", "26,199"],
        ])
        #expect(joined.rows[3].cells.map(\.column) == [0, 2, 3])
        #expect(joined.rows[3].cells[1].locator.row == 3 && joined.rows[3].cells[1].locator.table == 0)
        #expect(texts(document).first == "Balance Sheet")
        #expect(texts(document).last?.hasPrefix("The company is entitled") == true)
    }

    @Test func ordinaryTablesAreLeftAlone() throws {
        let document = try extract(HTMLTableTests.edgarTable, as: .html)
        #expect(tables(document).count == 1 && tables(document)[0].rows.count == 3)
    }
}
