import Testing
import TickmarkModel
@testable import StatementRecognition

/// IFRS filers (Note columns, list-marked titles, "from … to …" headings, currencies other than
/// USD, convenience translations), bank supplements (quarter trend columns) and bare fiscal years.
@Suite struct ForeignAndBankStatementTests {
    private func statements(metadata: DocumentMetadata = DocumentMetadata(),
                            _ build: (inout SyntheticDocument) -> Void) -> [RecognizedStatement] {
        var document = SyntheticDocument()
        build(&document)
        return StatementFinder().find(in: document.blocks, metadata: metadata).statements
    }

    @Test func ifrsIncomeWithNotesAndAConvenienceTranslation() throws {
        let found = statements { d in
            d.text("b. Consolidated statement of income")
            d.table([
                ["", "Notes", "FY2023 (January 1, 2023 to December 31, 2023)", "FY2024 (January 1, 2024 to December 31, 2024)",
                 "FY2024 (January 1, 2024 to December 31, 2024)"],
                ["", "", "(Millions of yen)", "(Millions of yen)", "(Thousands of U.S. dollars)"],
                ["Revenue", "4,26", "2,239,017", "2,577,643", "16,295,634"],
                ["Cost of sales", "11", "2,011,471", "2,355,951", "14,894,118"],
                ["Profit for the year", "", "35,111", "33,000", "208,625"],
            ])
        }
        try #require(found.count == 2)
        let yen = found[0], dollars = found[1]
        #expect(yen.kind == .income && dollars.kind == .income)
        #expect(yen.currency == "JPY" && yen.scale.exponent == 6)
        #expect(yen.periodKeys == ["FY2023", "FY2024"])
        #expect(yen.columns[0].period?.start == CalendarDate(year: 2023, month: 1, day: 1))
        #expect(yen.row("Revenue")?.cells.map { $0?.printed } == ["2,239,017", "2,577,643"])
        #expect(dollars.currency == "USD" && dollars.scale.exponent == 3)
        #expect(dollars.periodKeys == ["FY2024"])
        #expect(dollars.row("Revenue")?.cells.map { $0?.printed } == ["16,295,634"])
    }

    @Test func interimIFRSTitlesNameTheirStatements() {
        #expect(StatementClassifier.verdict(title: "Interim condensed consolidated statement of financial position") == .statement(.balance))
        #expect(StatementClassifier.verdict(title: "Interim condensed consolidated statement of operations") == .statement(.income))
        #expect(StatementClassifier.verdict(title: "Consolidated statement of profit or loss") == .statement(.income))
        #expect(StatementClassifier.verdict(title: "Interim condensed consolidated statement of changes in equity") == .statement(.equity))
    }

    @Test func aUSDollarColumnBesideRMBColumnsIsAStatementOfItsOwn() throws {
        let found = statements { d in
            d.text("Consolidated Balance Sheets")
            d.text("As of December 31,")
            d.table([
                ["", "Notes", "2023", "2024", ""],
                ["", "", "RMB", "RMB", "US$"],
                ["Cash and cash equivalents", "", "71,892", "108,350", "14,844"],
                ["Restricted cash", "4", "7,506", "7,366", "1,009"],
                ["Total assets", "", "628,958", "698,234", "95,658"],
            ])
        }
        try #require(found.count == 2)
        #expect(found[0].currency == "CNY" && found[0].periodKeys == ["2023-12-31", "2024-12-31"])
        #expect(found[1].currency == "USD" && found[1].periodKeys == ["2024-12-31"])
    }

    @Test func quarterTrendColumnsStepBackFromThePeriodEnd() throws {
        let end = DocumentMetadata(periodEnd: CalendarDate(year: 2023, month: 7, day: 31))
        let found = statements(metadata: end) { d in
            d.table([
                ["", "CONSOLIDATED STATEMENT OF CHANGES IN EQUITY|5"],
                ["($ millions)", "", "", "", "2023", "2022"],
                ["", "Q3/23", "Q2/23", "Q1/23", "9M", "12M"],
                ["Balance at beginning of period", "15,389", "15,046", "14,726", "14,726", "14,351"],
                ["Issue of common shares", "357", "341", "322", "1,020", "401"],
                ["Balance at end of period", "15,742", "15,389", "15,046", "15,742", "14,726"],
            ])
        }
        let equity = try #require(found.first)
        #expect(equity.kind == .equity)
        #expect(equity.periodKeys == ["3M-2023-07-31", "3M-2023-04-30", "3M-2023-01-31", "9M-2023-07-31", "FY2022"])
        // Fiscal 2022 ends with its fourth quarter, three months before the first of 2023.
        #expect(equity.columns[4].period?.end == CalendarDate(year: 2022, month: 10, day: 31))
    }

    @Test func columnsReadAsTheSamePeriodAreLeftOut() throws {
        let found = statements(metadata: DocumentMetadata(periodEnd: CalendarDate(year: 2023, month: 7, day: 31))) { d in
            d.text("Consolidated statement of comprehensive income")
            d.text("For the three months ended")
            d.table([
                ["", "2023", "2023", "2022"],
                ["Net income", "1,430", "1,688", "1,666"],
                ["Other comprehensive income", "(529)", "353", "(55)"],
                ["Comprehensive income", "901", "2,041", "1,611"],
            ])
        }
        let statement = try #require(found.first)
        // Two columns read as the quarter to July 31, 2023: neither is trusted.
        #expect(statement.periodKeys == ["?", "?", "3M-2022-07-31"])
    }

    @Test func theNextPageContinuesUnderHeadingsCutDifferently() throws {
        let found = statements { d in
            d.text("a. Consolidated statement of financial position", page: 3)
            d.table(page: 3, [
                ["", "(As of December 31, 2023)", "(As of December 31, 2024)"],
                ["Cash and cash equivalents", "315,076", "251,339"],
                ["Inventories", "10,680", "12,650"],
                ["Total assets", "2,109,251", "2,297,146"],
            ])
            d.text("(As of December (As of December", page: 4)
            d.table(page: 4, [
                ["", "31, 2023)", "31, 2024)"],
                ["Trade and other payables", "214,044", "268,423"],
                ["Treasury shares", "(2,949)", "(2,941)"],
                ["Total liabilities and equity", "2,109,251", "2,297,146"],
            ])
        }
        let balance = try #require(found.first)
        #expect(balance.pages == [3, 4])
        #expect(balance.row("Treasury shares")?.cells.map { $0?.printed } == ["(2,949)", "(2,941)"])
    }

    @Test func aWrappedLabelBetweenTwoTablesOfOnePageDoesNotEndTheStatement() throws {
        let found = statements { d in
            d.text("CONSOLIDATED BALANCE SHEETS")
            d.table([
                ["", "June 30, 2023", "September 30, 2022"],
                ["Total current liabilities", "7,496", "8,713"],
                ["Other liabilities", "836", "854"],
                ["Total liabilities", "16,367", "16,379"],
            ])
            d.text("Commitments and contingencies")
            d.text("Shareholders’ Equity:")
            d.text("Preferred stock, 5,000,000 shares authorized, of which")
            d.text("250,000 shares are designated Series A Junior")
            d.text("Participating Preferred Stock; $0.01 par value;")
            d.table([
                [">None issued and outstanding", "—", "—"],
                [">Accumulated deficit", "(7,043)", "(9,190)"],
                [">Total shareholders’ equity", "33,776", "31,187"],
                ["Total liabilities and shareholders’ equity", "50,143", "47,566"],
            ])
        }
        let balance = try #require(found.first)
        #expect(balance.row("Accumulated deficit")?.cells.map { $0?.printed } == ["(7,043)", "(9,190)"])
        #expect(balance.periodKeys == ["2023-06-30", "2022-09-30"])
    }

    @Test func quartersWithoutAMonthEndAnchorAreLeftUnread() throws {
        let found = statements { d in
            d.text("CONSOLIDATED BALANCE SHEET")
            d.table([
                ["($ millions)", "Q3/23", "Q2/23"],
                ["Cash", "13,545", "21,941"],
                ["Loans", "526,891", "525,337"],
                ["Total assets", "943,001", "935,239"],
            ])
        }
        #expect(try #require(found.first).periodKeys == ["?", "?"])
    }

    @Test func bareYearsTakeThePrintedPeriodEndsOfA52WeekYear() throws {
        let cover = DocumentMetadata(form: "10-K", periodEnd: CalendarDate(year: 2024, month: 2, day: 4))
        let found = statements(metadata: cover) { d in
            d.text("CONSOLIDATED STATEMENTS OF OPERATIONS")
            d.table([
                ["", "2023", "2022"],
                ["Net sales", "8,751.8", "8,544.9"],
                ["Cost of goods sold", "3,854.5", "3,901.3"],
                ["Net income", "663.6", "200.4"],
            ])
            d.text("CONSOLIDATED BALANCE SHEETS")
            d.table([
                ["", "February 4, 2024", "January 29, 2023"],
                ["Cash", "707.6", "550.7"],
                ["Total assets", "11,055.8", "11,768.3"],
                ["Total liabilities and equity", "11,055.8", "11,768.3"],
            ])
        }
        let income = try #require(found.first { $0.kind == .income })
        // "2023" names the year that began in 2023 and ended February 4, 2024.
        #expect(income.columns.map { $0.period?.end.iso } == ["2024-02-04", "2023-01-29"])
    }

    @Test func aNineMonthsHeadingSetOverItsLastColumnOwnsTheColumnNearerIt() throws {
        func cell(_ text: String, _ column: Int, _ x0: Double, _ x1: Double) -> TableCell {
            TableCell(text: text, column: column, locator: .pdf(page: 1, bbox: BoundingBox(x0: x0, y0: 0, x1: x1, y1: 10)))
        }
        let rights = [0, 300, 360, 420, 500, 560]
        func valueRow(_ label: String, _ values: [String]) -> TableRow {
            TableRow(cells: [cell(label, 0, 10, 200)] + values.enumerated().map { cell($1, $0 + 1, Double(rights[$0 + 1] - 30), Double(rights[$0 + 1])) })
        }
        let table = Table(index: 0, pages: [1], rows: [
            TableRow(cells: [cell("For the three months ended", 3, 380, 420), cell("For the nine months ended", 5, 520, 560)]),
            TableRow(cells: (1...5).map { cell(["", "July 31, 2023", "April 30, 2023", "July 31, 2022", "July 31, 2023", "July 31, 2022"][$0], $0, Double(rights[$0] - 40), Double(rights[$0])) }),
            valueRow("Net interest income", ["3,236", "3,187", "3,236", "9,628", "9,456"]),
            valueRow("Provision for credit losses", ["736", "438", "243", "1,469", "621"]),
            valueRow("Net income", ["1,430", "1,688", "1,666", "3,550", "5,058"]),
        ], columnCount: 6, locator: .pdf(page: 1, bbox: BoundingBox(x0: 0, y0: 0, x1: 600, y1: 100)))
        var d = SyntheticDocument()
        d.text("Consolidated statement of income")
        d.append(.table(table))
        let income = try #require(StatementFinder().find(in: d.blocks).statements.first)
        #expect(income.periodKeys == ["3M-2023-07-31", "3M-2023-04-30", "3M-2022-07-31", "9M-2023-07-31", "9M-2022-07-31"])
    }
}
