import Testing
import TickmarkModel
@testable import StatementRecognition

@Suite struct PeriodHeaderTests {
    private func statement(_ build: (inout SyntheticDocument) -> Void) -> RecognizedStatement? {
        var document = SyntheticDocument()
        build(&document)
        return StatementFinder().find(in: document.blocks).statements.first
    }

    private static let incomeRows: [[String]] = [
        ["Net sales", "$ 32,765", "$ 31,657", "$ 30,109"],
        ["Cost of sales", "16,682", "16,055", "15,118"],
        ["Net income", "$ 5,349", "$ 4,858", "$ 5,050"],
    ]

    @Test func yearsUnderATitleLineAreFullYears() throws {
        let s = try #require(statement { d in
            d.text("3M Company and Subsidiaries")
            d.text("Consolidated Statement of Incom e")
            d.text("Years ended December 31")
            d.table([["(Millions, except per share amounts)", "2018", "2017", "2016"]] + Self.incomeRows)
        })
        #expect(s.kind == .income)
        #expect(s.periodKeys == ["FY2018", "FY2017", "FY2016"])
        #expect(s.columns[0].period?.end.iso == "2018-12-31")
        #expect(s.scale.exponent == 6)
        #expect(s.scale.printed == "Millions, except per share amounts")
        #expect(s.currency == "USD")
    }

    @Test func aTitleNamingSeveralLengthsGivesNoneToABareYear() throws {
        #expect(PeriodHeaderParser.namesSeveralLengths(["three", "months", "ended", "nine", "months", "ended"]))
        #expect(!PeriodHeaderParser.namesSeveralLengths(["three", "months", "ended", "september", "30"]))
        let s = try #require(statement { d in
            d.text("Consolidated Statements of Income")
            d.text("Three Months Ended Nine Months Ended")
            d.text("September 30, September 30,")
            d.table([["", "1997", "1996", "1997", "1996"], ["Net sales", "12,500", "11,000", "36,000", "30,100"],
                     ["Cost of sales", "8,000", "7,100", "23,000", "19,500"], ["Net income", "1,600", "1,300", "4,300", "3,200"]])
        })
        #expect(s.periodKeys == ["?", "?", "?", "?"], "never 3M for the nine-month columns")
    }

    @Test func monthGroupsSpanTwoColumnsEach() throws {
        let s = try #require(statement { d in
            d.text("Condensed Consolidated Statements of Income")
            d.table([
                ["", "Three Months Ended December 31,", "", "Six Months Ended December 31,", ""],
                ["($ in millions, except per share data)", "2022", "2021", "2022", "2021"],
                ["Net sales", "$ 3,642", "$ 3,507", "$ 7,354", "$ 6,927"],
                ["Cost of sales", "(2,980)", "(2,862)", "(6,024)", "(5,632)"],
                ["Net income", "691", "1", "2", "3"],
            ])
        })
        #expect(s.periodKeys == ["3M-2022-12-31", "3M-2021-12-31", "6M-2022-12-31", "6M-2021-12-31"])
        #expect(s.row("Cost of sales")?.cells[0]?.printed == "(2,980)")
    }

    @Test func spanningCellsAndFullDates() throws {
        let s = try #require(statement { d in
            d.text("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS")
            d.table([
                ["", "Three Months Ended|2", "", "Nine Months Ended|2", ""],
                ["", "July 1, 2023", "June 25, 2022", "July 1, 2023", "June 25, 2022"],
                ["Net sales", "81,797", "82,959", "298,085", "304,182"],
                ["Net income", "19,881", "19,442", "74,039", "79,082"],
            ])
        })
        #expect(s.periodKeys == ["3M-2023-07-01", "3M-2022-06-25", "9M-2023-07-01", "9M-2022-06-25"])
    }

    @Test func weeksAndFiscalYears() throws {
        let weeks = try #require(statement { d in
            d.text("Consolidated Statements of Income")
            d.text("(In thousands, except per share data)")
            d.table([
                ["", "13 Weeks Ended", ""],
                ["", "January 28,", "January 29,"],
                ["", "2023", "2022"],
                ["", "(Unaudited)", "(Unaudited)"],
                ["Net sales", "$ 3,226,773", "100.0%", "$ 2,729,388", "100.0%"],
                ["Net income", "$ 340,751", "10.6%", "$ 289,366", "10.6%"],
                ["Gross profit", "1,212,503", "37.6%", "1,027,329", "37.6%"],
            ])
        })
        #expect(weeks.periodKeys == ["3M-2023-01-28", "3M-2022-01-29"])
        #expect(weeks.columns.count == 2)
        #expect(weeks.scale.exponent == 3)
        #expect(weeks.row("Net income")?.cells[1]?.printed == "$ 289,366")

        let fiscal = try #require(statement { d in
            d.text("FORM 10-K")
            d.text("For the fiscal year ended February 2, 2019")
            d.text("Consolidated Statements of Earnings", page: 3)
            d.table(page: 3, [["", "Fiscal 2019", "Fiscal 2018"]] + Self.incomeRows.map { Array($0.prefix(3)) })
        })
        #expect(fiscal.periodKeys == ["FY2019", "FY2018"])
        #expect(fiscal.columns[0].period?.end.iso == "2019-02-02")
        // The date comes from the cover page, not the header: IDs key the printed year.
        #expect(fiscal.columns.map { $0.period?.printedKey } == ["FY2019", "FY2018"])
    }

    @Test func fiftyTwoWeekAndFullDateHeaders() throws {
        let s = try #require(statement { d in
            d.text("Consolidated Statements of Earnings")
            d.text("$ and shares in millions, except per share amounts")
            d.table([["Fiscal Years Ended", "February 2, 2019", "February 3, 2018"]] + Self.incomeRows.map { Array($0.prefix(3)) })
        })
        #expect(s.periodKeys == ["FY2019", "FY2018"])
        #expect(s.columns.allSatisfy { $0.period?.printedKey == nil })
        #expect(s.scale.exponent == 6)
    }

    @Test func balanceSheetColumnsAreInstants() throws {
        let s = try #require(statement { d in
            d.text("CONSOLIDATED BALANCE SHEETS")
            d.text("(In thousands, except share data)")
            d.table([
                ["", "", "December 31,"],
                ["", "2018", "2017"],
                ["ASSETS"],
                ["Current assets"],
                [">Cash and cash equivalents", "$ 1,526,762", "$ 1,499,995"],
                [">Accounts receivable, net", "657,206", "542,273"],
                [">>Total current assets", "2,184,000", "2,100,000"],
                ["", "$ 30,210,706", "$ 29,160,042"],
            ])
        })
        #expect(s.kind == .balance)
        #expect(s.periodKeys == ["2018-12-31", "2017-12-31"])
        #expect(s.columns[0].period?.kind == .instant)
        let unlabeled = try #require(s.rows.last)
        #expect(unlabeled.label == "")
        #expect(unlabeled.isTotal)
        #expect(unlabeled.cells[0]?.printed == "$ 30,210,706")
    }

    @Test func unreadableHeadersGiveDiagnostics() {
        var d = SyntheticDocument()
        d.text("Consolidated Statements of Operations")
        d.table([["", "Predecessor", "Successor"]] + Self.incomeRows.map { Array($0.prefix(3)) })
        let found = StatementFinder().find(in: d.blocks)
        #expect(found.statements.first?.columns.allSatisfy { $0.period == nil } == true)
        #expect(found.diagnostics.filter { $0.code == "period-unreadable" }.count == 2)
    }
}
