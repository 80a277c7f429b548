import Testing
import TickmarkModel
@testable import StatementRecognition

@Suite struct RowPeriodTests {
    private func equity() throws -> RecognizedStatement {
        var d = SyntheticDocument()
        d.text("CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY")
        d.text("(In millions)")
        d.table([
            ["", "Common stock", "Retained earnings", "Total equity"],
            ["Balance at December 31, 2016", "1,000", "5,000", "6,000"],
            ["Net income", "", "700", "700"],
            ["Dividends declared", "", "(200)", "(200)"],
            ["Balance at December 31, 2017", "1,000", "5,500", "6,500"],
            ["Net income", "", "900", "900"],
            ["Balances as of December 31, 2018", "1,000", "6,400", "7,400"],
        ])
        return try #require(StatementFinder().find(in: d.blocks).statements.first { $0.kind == .equity })
    }

    @Test func componentHeadersStayAsPrinted() throws {
        let s = try equity()
        #expect(s.columns.map(\.header) == ["Common stock", "Retained earnings", "Total equity"])
        #expect(s.columns.allSatisfy { $0.period == nil })
    }

    @Test func balanceRowsAreInstantsAndActivityRowsSpanBetweenThem() throws {
        let s = try equity()
        let periods = s.rows.map { row in row.period?.key }
        #expect(periods == ["2016-12-31", "FY2017", "FY2017", "2017-12-31", "FY2018", "2018-12-31"])
        let netIncome = try #require(s.rows.first { $0.label == "Net income" }?.period)
        #expect(netIncome.kind == .duration)
        #expect(netIncome.start == CalendarDate(year: 2017, month: 1, day: 1))
        #expect(netIncome.end == CalendarDate(year: 2017, month: 12, day: 31))
    }

    @Test func balanceLabelsNeedTheDateRightAfterThem() {
        #expect(RowPeriodReader.balanceDate(label: "Balance, December 31, 2015") == CalendarDate(year: 2015, month: 12, day: 31))
        #expect(RowPeriodReader.balanceDate(label: "Balances at September 26, 2015") == CalendarDate(year: 2015, month: 9, day: 26))
        #expect(RowPeriodReader.balanceDate(label: "Balance at beginning of year") == nil)
        #expect(RowPeriodReader.balanceDate(label: "Balance sheet reclassification at December 31, 2015") == nil)
        #expect(RowPeriodReader.balanceDate(label: "Net income") == nil)
        // A balance row labelled by its date alone.
        #expect(RowPeriodReader.balanceDate(label: "January 29, 2023") == CalendarDate(year: 2023, month: 1, day: 29))
    }

    @Test func aBareDateOrTheTotalsNameAndDateIsABalance() {
        #expect(RowPeriodReader.balanceDate(label: "February 28, 2023") == CalendarDate(year: 2023, month: 2, day: 28))
        #expect(RowPeriodReader.balanceDate(label: "Stockholders' equity, December 31, 1996") == CalendarDate(year: 1996, month: 12, day: 31))
        #expect(RowPeriodReader.balanceDate(label: "Net loss for year ended December 31, 2006") == nil)
        #expect(RowPeriodReader.balanceDate(label: "Stockholders' equity for the year, December 31, 1996") == nil)
        #expect(RowPeriodReader.balanceDate(label: "Dividends declared, $1.06 per share") == nil)
    }

    /// Components under one heading that names the block's period (a 10-Q's "Three Months
    /// Ended July 31, 2023"), the prior year's block printed as a second, untitled table.
    @Test(arguments: [false, true])
    func quarterBlocksWithOnePeriodOverTheComponentsReadTheirRows(titleRepeated: Bool) throws {
        var d = SyntheticDocument()
        for year in [2023, 2022] {
            if year == 2023 || titleRepeated { d.text("CONDENSED STATEMENTS OF SHAREHOLDERS' EQUITY") }
            d.table([
                ["", "Three Months Ended July 31, \(year)|2", ""],
                ["Dollars in millions", "Retained Income", "Total Equity"],
                ["Balance at May 1, \(year)", "2,132.1", "7,290.8"],
                ["Net income", "183.6", "183.6"],
                ["Cash dividends declared", "(106.9)", "(106.9)"],
                ["Balance at July 31, \(year)", "1,964.8", "7,003.4"],
            ])
        }
        // As markup prints them: no pages.
        let blocks = d.blocks.map { block -> Block in
            switch block {
            case .table(var table): table.pages = []; return .table(table)
            case .text(let text): return .text(TextBlock(text: text.text, locator: Locator(path: "/html/body")))
            }
        }
        let equity = StatementFinder().find(in: blocks).statements.filter { $0.kind == .equity }
        let periods = equity.flatMap(\.rows).compactMap { $0.period?.key }
        #expect(periods.contains("3M-2023-07-31") && periods.contains("2023-07-31"))
        #expect(periods.contains("3M-2022-07-31") && periods.contains("2022-04-30"))
        #expect(equity.allSatisfy { $0.columns.allSatisfy { $0.period == nil } })
    }

    @Test func anOpeningBalanceOnTheFirstOpensThePeriod() {
        let opening = CalendarDate(year: 2017, month: 1, day: 1)!
        #expect(RowPeriodReader.firstDay(after: opening) == opening)
        #expect(RowPeriodReader.firstDay(after: CalendarDate(year: 2016, month: 12, day: 31)!) == opening)
    }

    /// A month-end filer's 10-Q (PATI, fiscal year ending September 30) opens its blocks "as of
    /// October 1": the instant before; a 52/53-week filer's "October 1, 2022" year end (DIS),
    /// closing that year's movements, stays; a quarter-on-Sundays filer's (PFE) "January 1, 2022"
    /// block opening beside a balance sheet at December 31 is December 31, 2021.
    @Test func anOpeningBalanceOnTheFirstIsTheDayBefore() {
        let date = { (y: Int, m: Int, d: Int) in CalendarDate(year: y, month: m, day: d)! }
        #expect(RowPeriodReader.instants(of: [date(2021, 10, 1), nil, date(2022, 6, 30), date(2022, 10, 1)],
                                         opening: [true, false, false, true])
            == [date(2021, 9, 30), nil, date(2022, 6, 30), date(2022, 9, 30)])
        let weeks = [date(2021, 10, 2), date(2022, 10, 1), date(2023, 9, 30)]
        #expect(RowPeriodReader.instants(of: weeks, opening: [true, false, false], periodEnds: [date(2023, 9, 30)]) == weeks)
        let sundays = [date(2023, 7, 2), date(2022, 1, 1), date(2022, 7, 3)]
        #expect(RowPeriodReader.instants(of: sundays, opening: [false, true, false], periodEnds: [date(2022, 12, 31)])
            == [date(2023, 7, 2), date(2021, 12, 31), date(2022, 7, 3)])
    }

    @Test func aBalanceOpensABlockWhenNoMovementPrecedesIt() {
        let cell = RecognizedCell(printed: "5", locator: Locator(page: 1))
        let rows = ["Balance, April 3, 2022", "Net income", "Balance, July 3, 2022", "Balance, January 1, 2022"].map {
            RecognizedRow(label: $0, section: [], depth: 0, isTotal: false, cells: [cell])
        }
        let dates = rows.map { RowPeriodReader.balanceDate(label: $0.label) }
        #expect(RowPeriodReader.openingBalances(rows, dates: dates) == [true, false, false, true])
    }

    @Test func rowsOutsideTheBalancesGetNoPeriod() {
        let cell = RecognizedCell(printed: "5", locator: Locator(page: 1))
        let rows = [
            RecognizedRow(label: "Opening adjustment", section: [], depth: 0, isTotal: false, cells: [cell]),
            RecognizedRow(label: "Balance at December 31, 2017", section: [], depth: 0, isTotal: false, cells: [cell]),
            RecognizedRow(label: "Net income", section: [], depth: 0, isTotal: false, cells: [cell]),
        ]
        let (dated, diagnostics) = RowPeriodReader.dated(rows, statementTitle: "Equity", page: 1)
        #expect(dated.map { $0.period?.key } == [nil, "2017-12-31", nil])
        #expect(diagnostics.map(\.code) == ["row-period-unknown"])
        #expect(diagnostics.first?.message.contains("2 row(s)") == true)
    }
}
