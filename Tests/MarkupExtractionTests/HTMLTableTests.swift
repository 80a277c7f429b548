import Testing
import TickmarkModel
@testable import MarkupExtraction

@Suite struct HTMLTableTests {
    /// An EDGAR-style statement table: spacer columns, `$` and `)` in cells of their own, a
    /// header spanning columns, a hidden row.
    static let edgarTable = """
    <html><body>
    <p>CONSOLIDATED BALANCE SHEETS</p>
    <table>
      <tr><td></td><td></td><td colspan="3" style="font-weight:bold">Jan 28, 2024</td><td></td><td colspan="3">Jan 29, 2023</td></tr>
      <tr><td style="padding-left:18pt">Cash and cash equivalents</td><td></td><td>$</td><td>7,280</td><td></td><td></td><td>$</td><td>3,389</td><td></td></tr>
      <tr style="display:none"><td>Secret row</td><td></td><td></td><td>1</td><td></td><td></td><td></td><td>2</td><td></td></tr>
      <tr><td><b>Net loss</b></td><td></td><td>$</td><td>(1,234</td><td>)</td><td></td><td></td><td>56</td><td>%</td></tr>
      <tr><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
    </table>
    <div style="display:none">hidden words</div>
    <p>After the table</p>
    </body></html>
    """

    @Test func spacerColumnsAreDroppedAndSymbolsJoined() throws {
        let document = try extract(Self.edgarTable, as: .html)
        let table = try #require(tables(document).first)
        #expect(table.index == 0)
        #expect(table.columnCount == 3)
        #expect(table.rows.count == 3)
        #expect(cellTexts(table.rows[1]) == [0: "Cash and cash equivalents", 1: "$7,280", 2: "$3,389"])
        #expect(cellTexts(table.rows[2]) == [0: "Net loss", 1: "$(1,234)", 2: "56%"])
    }

    @Test func headerSpansAndLocators() throws {
        let table = try #require(tables(try extract(Self.edgarTable, as: .html)).first)
        let header = table.rows[0].cells
        #expect(header.map(\.text) == ["Jan 28, 2024", "Jan 29, 2023"])
        #expect(header.map(\.column) == [1, 2])
        let cash = try #require(table.rows[1].cell(at: 1))
        #expect(cash.locator.table == 0 && cash.locator.row == 1 && cash.locator.col == 1)
        #expect(cash.locator.path == "/html/body/table/tr[2]/td[4]")
    }

    @Test func indentAndEmphasisAreRead() throws {
        let table = try #require(tables(try extract(Self.edgarTable, as: .html)).first)
        #expect(table.rows[1].indent == 2)
        #expect(table.rows[2].emphasized)
        #expect(!table.rows[1].emphasized)
    }

    @Test func hiddenContentIsNotPrinted() throws {
        let document = try extract(Self.edgarTable, as: .html)
        #expect(texts(document) == ["CONSOLIDATED BALANCE SHEETS", "After the table"])
        #expect(!tables(document)[0].rows.contains { $0.cells.contains { $0.text == "Secret row" } })
    }

    @Test func rowSpansPushLaterCellsRight() throws {
        let markup = """
        <html><body><table>
        <tr><td rowspan="2">Revenue</td><td>2024</td><td>2023</td></tr>
        <tr><td>10</td><td>20</td></tr>
        </table></body></html>
        """
        let table = try #require(tables(try extract(markup, as: .html)).first)
        #expect(cellTexts(table.rows[1]) == [1: "10", 2: "20"])
    }

    @Test func oldUpperCaseEdgarMarkupIsRead() throws {
        let markup = """
        <HTML><BODY><P ALIGN=CENTER>INCOME STATEMENT</P>
        <TABLE><TR><TD>Net revenue</TD><TD>$</TD><TD ALIGN=RIGHT>26,764</TD></TR></TABLE>
        <PRE>Line one
        Line two</PRE></BODY></HTML>
        """
        let document = try extract(markup, as: .html)
        #expect(cellTexts(tables(document)[0].rows[0]) == [0: "Net revenue", 1: "$26,764"])
        #expect(texts(document) == ["INCOME STATEMENT", "Line one", "Line two"])
    }

    @Test func layoutTablesAreReadThrough() throws {
        let markup = """
        <html><body><table><tr><td><p>Intro</p>
        <table><tr><td>Assets</td><td>5</td></tr></table></td></tr></table></body></html>
        """
        let document = try extract(markup, as: .html)
        #expect(tables(document).count == 1)
        #expect(cellTexts(tables(document)[0].rows[0]) == [0: "Assets", 1: "5"])
        #expect(texts(document) == ["Intro"])
    }
}
