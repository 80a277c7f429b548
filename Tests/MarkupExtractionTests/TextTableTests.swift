import Testing
@testable import MarkupExtraction
import TickmarkModel

/// Old EDGAR filings: tables printed as preformatted text inside SGML `<TABLE>` tags.
@Suite struct TextTableTests {
    private let page = """
    <html><body><div>
    Consolidated Balance Sheets at December 31

    Amounts in million EUR

    <TABLE>
    <CAPTION>
                                                    Note          2000          1999
                                                  number
    <S>                                           <C>           <C>           <C>
    Investments
    Real estate                                     1(a)          2,116         2,559
    Deposits with ceding undertakings               1(d)             27            28
    Equity adjustment                                             (43)         1,212
                                                                -------       -------
    Total assets                                                244,216       228,808
    </TABLE>
    </div></body></html>
    """

    @Test func amountsFallIntoColumnsByWhereTheyEnd() throws {
        let table = try #require(tables(try extract(page, as: .html)).first)
        #expect(table.columnCount == 3)
        let rows = table.rows.map(cellTexts)
        #expect(rows.first == [0: "Note", 1: "2000", 2: "1999"])
        #expect(rows.dropFirst().first == [0: "Investments"], "the note column's heading \"number\" is not a row")
        #expect(rows.contains([0: "Real estate", 1: "2,116", 2: "2,559"]))
        #expect(rows.contains([0: "Deposits with ceding undertakings", 1: "27", 2: "28"]))
        #expect(rows.contains([0: "Equity adjustment", 1: "(43)", 2: "1,212"]))
        #expect(rows.contains([0: "Total assets", 1: "244,216", 2: "228,808"]))
        #expect(!rows.contains { $0.values.contains { $0.hasPrefix("---") } })
    }

    @Test func cellsAreLocatedByPathRowAndColumn() throws {
        let table = try #require(tables(try extract(page, as: .html)).first)
        let total = try #require(table.rows.first { $0.cell(at: 0)?.text == "Total assets" }?.cell(at: 2))
        #expect(total.locator.path != nil && total.locator.table == 0 && total.locator.col == 2 && total.locator.row != nil)
    }

    @Test func textLaidOutInLinesGivesOneBlockPerLine() throws {
        let cover = (["FORM 20-F", "", "AEGON N.V.", "", "(Exact name of Registrant)", ""]
            + (1...10).map { "Line \($0)" } + ["", "End"]).joined(separator: "\n")
        let lines = texts(try extract("<html><body><div>\n\(cover)\n</div></body></html>", as: .html))
        #expect(lines.prefix(3) == ["FORM 20-F", "AEGON N.V.", "(Exact name of Registrant)"])
    }

    @Test func aParagraphWrappedInTheSourceStaysOneBlock() throws {
        let lines = texts(try extract("<html><body><p>Consolidated statements\nof income</p></body></html>", as: .html))
        #expect(lines == ["Consolidated statements of income"])
    }
}

/// A `<pre>` document: lines stay lines, and its SGML tables become tables.
@Suite struct PreformattedDocumentTests {
    @Test func preformattedTextKeepsItsLinesAndTables() throws {
        let markup = """
        <html><body><pre>
        CONSOLIDATED STATEMENTS OF INCOME
        (In thousands)
        <TABLE>
        <S>                                  <C>           <C>
                                                 1996          1995
        Net sales                           $ 120,500     $ 110,250
        Net income                             12,000        (1,500)
        </TABLE>
        </pre></body></html>
        """
        let document = try extract(markup, as: .html)
        #expect(texts(document) == ["CONSOLIDATED STATEMENTS OF INCOME", "(In thousands)"])
        let rows = try #require(tables(document).first).rows.map(cellTexts)
        #expect(rows.contains([1: "1996", 2: "1995"]))
        #expect(rows.contains([0: "Net sales", 1: "120,500", 2: "110,250"]))
        #expect(rows.contains([0: "Net income", 1: "12,000", 2: "(1,500)"]))
    }
}
