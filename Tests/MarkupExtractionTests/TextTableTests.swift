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

    @Test func noteLettersAndWrappedLabelsAreNotPartOfTheLabel() throws {
        let markup = """
        <html><body><pre>
        <TABLE>
        <CAPTION>
        For the year ended December 31:                   Notes      1997      1996
        <S>                                               <C>     <C>       <C>
        Rentals and financing                             Q         3,731     3,725
        Net earnings applicable
          to common shareholders                                  $ 6,073   $ 5,409
        Net earnings per share
          of common stock - assuming dilution             C & R   $  6.01   $  5.01*
        Treasury stock, at cost (shares: 1997 - 923,955;
          1996 - 2,179,066)                                          (86)      (135)
        Weighted average number of common shares
        - - basic and diluted                                     1,244,902   842,407
        Preferred stock, par value $.01 per share -
          shares authorized: 150,000,000
          shares issued: 2,597,261                                      252       253
        Technical provisions with investments
        for the account of policyholders
        Gross                                                       114,637   108,603
        Current assets:
        Cash                                                          100       200
        </TABLE>
        </pre></body></html>
        """
        let rows = try #require(tables(try extract(markup, as: .html)).first).rows.map(cellTexts)
        #expect(rows.first?[0] == "For the year ended December 31: Notes", "the heading keeps its words")
        #expect(rows.contains([0: "Rentals and financing", 1: "3,731", 2: "3,725"]))
        #expect(rows.contains([0: "Net earnings applicable to common shareholders", 1: "6,073", 2: "5,409"]))
        #expect(rows.contains([0: "Net earnings per share of common stock - assuming dilution", 1: "6.01", 2: "5.01*"]))
        #expect(rows.contains([0: "Treasury stock, at cost (shares: 1997 - 923,955; 1996 - 2,179,066)", 1: "(86)", 2: "(135)"]))
        #expect(rows.contains([0: "Weighted average number of common shares - - basic and diluted", 1: "1,244,902", 2: "842,407"]))
        #expect(rows.contains([0: "Preferred stock, par value $.01 per share - shares authorized: 150,000,000 shares issued: 2,597,261",
                               1: "252", 2: "253"]))
        #expect(rows.contains([0: "Technical provisions with investments"]) && rows.contains([0: "for the account of policyholders"]),
                "a heading over two lines at one indent stays as printed")
        #expect(rows.contains([0: "Current assets:"]) && rows.contains([0: "Cash", 1: "100", 2: "200"]))
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

/// Old filings that type their statements as plain lines, with no SGML `<TABLE>` around them.
@Suite struct UntaggedTextTableTests {
    @Test func linesOfAmountsInLaidOutTextBecomeATable() throws {
        let page = """
                                 STATEMENTS OF OPERATIONS

                                                 YEAR ENDED
                                                DECEMBER 31,
                                            2007            2006
                                    ---------------------------------
        Revenues                     $        -         $        -

        Expenses
        General and administrative          44,562            75,593
                                    ---------------------------------
        Net Loss                     $     (44,562)     $    (75,593)
                                    =================================

           The accompanying notes are an integral part of these financial statements.

                                      F-4
        """
        let document = try extract("<html><body><div>\n\(page)\n</div></body></html>", as: .html)
        #expect(texts(document) == ["STATEMENTS OF OPERATIONS",
                                    "The accompanying notes are an integral part of these financial statements.", "F-4"])
        let rows = try #require(tables(document).first).rows.map(cellTexts)
        #expect(rows.prefix(4) == [[1: "YEAR ENDED"], [1: "DECEMBER 31,"], [1: "2007", 2: "2006"], [0: "Revenues", 1: "-", 2: "-"]],
                "the headings over the amounts belong to the table")
        #expect(rows.contains([0: "Expenses"]))
        #expect(rows.contains([0: "General and administrative", 1: "44,562", 2: "75,593"]))
        #expect(rows.last == [0: "Net Loss", 1: "(44,562)", 2: "(75,593)"])
    }

    @Test func aLonePageNumberIsNotATable() throws {
        let page = (["Annual report", ""] + (1...10).map { "Line \($0) of running text" } + ["", "", "12", "", "End"])
            .joined(separator: "\n")
        #expect(tables(try extract("<html><body><div>\n\(page)\n</div></body></html>", as: .html)).isEmpty)
    }
}

extension UntaggedTextTableTests {
    @Test func aScalePrintedFarRightInTheHeadingIsKept() throws {
        let markup = """
        <html><body><pre>
        <TABLE>
        <CAPTION>
                                                          1997       1996
        <S>                                           <C>        <C>
                                                      (DOLLARS IN MILLIONS)
        Revenue                                        $  36,229  $  36,316
        Cost                                              23,538     23,396
        </TABLE>
        </pre></body></html>
        """
        let rows = try #require(tables(try extract(markup, as: .html)).first).rows.map(cellTexts)
        #expect(rows.contains([0: "(DOLLARS IN MILLIONS)"]))
    }
}

extension UntaggedTextTableTests {
    /// Headings over the amounts that print words beside the years ("Change") or span several
    /// columns ("3 Months Ended December") stand over their columns.
    @Test func headingsOverTheAmountsStandOverTheirColumns() throws {
        let markup = """
        <html><body><pre>
        <TABLE>
        <CAPTION>
                                               3 Months Ended December          12 Months Ended December
                                             --------------------------       ---------------------------
                                              2006     2005     Change          2006     2005     Change
        <S>                                  <C>      <C>      <C>            <C>      <C>        <C>
        Total Revenues                        3,152    3,290     (138)         14,356   13,554      802
        Operating Income                        469      404       65           3,224    2,962      262
        </TABLE>
        </pre></body></html>
        """
        let rows = try #require(tables(try extract(markup, as: .html)).first).rows.map(cellTexts)
        #expect(rows[0] == [1: "3 Months Ended December", 4: "12 Months Ended December"])
        #expect(rows[1] == [1: "2006", 2: "2005", 3: "Change", 4: "2006", 5: "2005", 6: "Change"])
        #expect(rows[2] == [0: "Total Revenues", 1: "3,152", 2: "3,290", 3: "(138)", 4: "14,356", 5: "13,554", 6: "802"])
    }
}
