import Testing
import TickmarkModel
@testable import StatementRecognition

@Suite struct StatementSelectionTests {
    private static let incomeRows: [[String]] = [
        ["Net sales", "$ 32,765", "$ 31,657"],
        ["Cost of sales", "16,682", "16,055"],
        ["Operating income", "7,207", "7,692"],
        ["Net income", "$ 5,349", "$ 4,858"],
    ]

    @Test func selectedDataAndQuarterlyTablesAreRejected() {
        var d = SyntheticDocument()
        d.text("Item 6. Selected Financial Data", page: 20)
        d.text("Consolidated Statement of Income Data", page: 20)
        d.table(page: 20, [["(Millions)", "2018", "2017", "2016", "2015", "2014"],
                           ["Net sales", "32,765", "31,657", "30,109", "30,274", "31,821"],
                           ["Net income", "5,349", "4,858", "5,050", "4,833", "4,956"],
                           ["Operating income", "7,207", "7,692", "7,027", "6,946", "7,135"]])
        d.text("Item 8. Financial Statements and Supplementary Data", page: 50)
        d.text("Consolidated Statement of Income", page: 56)
        d.text("Years ended December 31", page: 56)
        d.table(page: 56, [["(Millions)", "2018", "2017"]] + Self.incomeRows)
        d.text("Quarterly Financial Data (Unaudited)", page: 110)
        d.table(page: 110, [["(Millions)", "First Quarter", "Second Quarter"]] + Self.incomeRows)
        let statements = StatementFinder().find(in: d.blocks).statements
        #expect(statements.map(\.kind) == [.income])
        #expect(statements.first?.pages == [56])
    }

    @Test func continuationOnTheNextPageIsJoined() throws {
        var d = SyntheticDocument()
        d.text("CONSOLIDATED BALANCE SHEETS", page: 82)
        d.table(page: 82, [["(In millions)", "December 31, 2020", "December 31, 2019"],
                           ["Cash", "547", "60"], ["Goodwill", "1,504", "1,501"], ["Total assets", "$ 24,766", "$ 22,682"]])
        d.text("CONSOLIDATED BALANCE SHEETS (continued)", page: 83)
        d.table(page: 83, [["(In millions)", "December 31, 2020", "December 31, 2019"],
                           ["Accounts payable", "215", "203"], ["Total current liabilities", "2,881", "2,317"],
                           ["Total liabilities", "$ 24,766", "$ 22,682"]])
        let statements = StatementFinder().find(in: d.blocks).statements
        let balance = try #require(statements.first)
        #expect(statements.count == 1)
        #expect(balance.pages == [82, 83])
        #expect(balance.tableIndexes == [0, 1])
        #expect(balance.row("Total current liabilities")?.cells[0]?.printed == "2,881")
        #expect(balance.row("Total current liabilities")?.cells[0]?.locator.page == 83)
    }

    @Test func untitledTableWithSameHeadingsIsJoined() throws {
        var d = SyntheticDocument()
        d.text("Consolidated Statements of Cash Flows", page: 9)
        d.table(page: 9, [["", "2023", "2022"], ["Net income", "1", "2"], ["Depreciation", "3", "4"],
                          ["Net cash provided by operating activities", "5", "6"]])
        d.table(page: 10, [["", "2023", "2022"], ["Capital expenditures", "(7)", "(8)"], ["Other", "9", "10"]])
        let statement = try #require(StatementFinder().find(in: d.blocks).statements.first)
        #expect(statement.pages == [9, 10])
        #expect(statement.row("Capital expenditures")?.cells[1]?.printed == "(8)")
    }

    @Test func twoRegistrantsKeepBothInPrintedOrder() {
        var d = SyntheticDocument()
        d.text("FORM 10-K")
        d.text("For the fiscal year ended December 31, 2018")
        for (page, entity) in [(95, "PG&E Corporation"), (102, "Pacific Gas and Electric Company")] {
            d.text(entity, page: page)
            d.text("CONSOLIDATED STATEMENTS OF INCOME", page: page)
            d.text("(in millions, except per share amounts)", page: page)
            d.table(page: page, [["", "Year ended December 31,", ""], ["", "2018", "2017"]] + Self.incomeRows)
        }
        let statements = StatementFinder().find(in: d.blocks).statements
        #expect(statements.map(\.pages) == [[95], [102]])
        #expect(statements.allSatisfy { $0.periodKeys == ["FY2018", "FY2017"] })
    }

    @Test func parentCompanyOnlyIsAFallback() {
        var d = SyntheticDocument()
        d.text("SCHEDULE I - CONDENSED FINANCIAL INFORMATION OF REGISTRANT", page: 120)
        d.text("CONDENSED BALANCE SHEETS", page: 120)
        d.table(page: 120, [["", "2018", "2017"], ["Investment in subsidiaries", "1", "2"], ["Cash", "1", "1"],
                            ["Total assets", "3", "4"]])
        #expect(StatementFinder().find(in: d.blocks).statements.map(\.pages) == [[120]])

        var both = SyntheticDocument()
        both.text("CONSOLIDATED BALANCE SHEETS", page: 60)
        both.table(page: 60, [["", "December 31, 2018", "December 31, 2017"], ["Cash", "10", "20"], ["Goodwill", "5", "5"],
                              ["Total assets", "30", "40"]])
        for block in d.blocks { both.append(block) }
        #expect(StatementFinder().find(in: both.blocks).statements.map(\.pages) == [[60]])
    }

    @Test func quarterAndYearTablesOfAPressReleaseAreBothKept() {
        var d = SyntheticDocument()
        for (page, heading) in [(5, "Three Months Ended June 30,"), (6, "Six Months Ended June 30,")] {
            d.text("CONSOLIDATED STATEMENT OF INCOME", page: page)
            d.table(page: page, [["", heading, ""], ["", "2023", "2022"]] + Self.incomeRows)
        }
        let statements = StatementFinder().find(in: d.blocks).statements
        #expect(statements.map(\.periodKeys) == [["3M-2023-06-30", "3M-2022-06-30"], ["6M-2023-06-30", "6M-2022-06-30"]])
    }
}

@Suite struct TitleRecognitionTests {
    private static let rows: [[String]] = [
        ["Revenues", "4,175.6", "3,901.0"],
        ["Operating expenses", "(50.1)", "(48.2)"],
        ["Net income", "3,902.4", "721.5"],
        ["Other comprehensive income", "1,000.0", "(2,000.0)"],
    ]

    @Test func sentencesNamingAStatementAreNotTitles() {
        var d = SyntheticDocument()
        d.text("The impact on our Consolidated Statements of Operations was as follows:")
        d.table([["", "2018", "2017"]] + Self.rows)
        d.text("Consolidated statements of income (unaudited)", page: 2)
        d.table(page: 2, [["", "2018", "2017"]] + Self.rows)
        #expect(StatementFinder().find(in: d.blocks).statements.map(\.pages) == [[2]])
        #expect(StatementClassifier.verdict(title: "Accounting for Loss Contingencies") == nil)
        #expect(StatementClassifier.verdict(title: "Consolidated Balance Sheets and Cash Flows Analysis") == .rejected)
    }

    @Test func shortTitlesSetInLowerCaseAreTitles() {
        #expect(StatementClassifier.verdict(title: "consolidated statement of earnings") == .statement(.income))
        #expect(StatementClassifier.verdict(title: "consolidated statement of financial position") == .statement(.balance))
        #expect(StatementClassifier.verdict(title: "SUPPLEMENTAL CONSOLIDATED STATEMENT OF EARNINGS*") == .rejected)
        // A line of running text that happens to start with the statement's name is not one.
        #expect(StatementClassifier.verdict(
            title: "statements of cash flows for each of the years then ended December 31, 2007 and") == nil)
    }

    @Test func titleInTheHeadingLabelCell() throws {
        var d = SyntheticDocument()
        d.table([
            ["", "For Three Months Ended|2", "", "For Six Months Ended|2", ""],
            ["Consolidated Statements of Income", "June 30,|2", "", "June 30,|2", ""],
            ["(In millions, except per-share amounts)", "2023", "2022", "2023", "2022"],
            ["Revenue", "4,531", "5,212", "8,910", "10,118"],
            ["Net income", "1,723", "2,291", "3,431", "4,542"],
            ["Cost of revenue", "1,531", "1,212", "2,910", "2,118"],
        ])
        let income = try #require(StatementFinder().find(in: d.blocks).statements.first)
        #expect(income.title == "Consolidated Statements of Income")
        #expect(income.periodKeys == ["3M-2023-06-30", "3M-2022-06-30", "6M-2023-06-30", "6M-2022-06-30"])
        #expect(income.scale.exponent == 6)
    }

    @Test func changeColumnsAreNotPeriods() throws {
        var d = SyntheticDocument()
        d.text("CONDENSED CONSOLIDATED STATEMENT OF INCOME (UNAUDITED)")
        d.table([
            ["Six Months Ended June 30,", "2023", "2022", "Inc/ (Dec)", ""],
            ["TOTAL REVENUES", "12,395.3", "11,384.0", "1,011.3", "9%"],
            ["OPERATING INCOME", "5,751.4", "4,627.7", "1,123.7", "24"],
            ["NET INCOME", "4,208.7", "3,297.2", "911.5", "28"],
        ])
        let income = try #require(StatementFinder().find(in: d.blocks).statements.first)
        #expect(income.periodKeys == ["6M-2023-06-30", "6M-2022-06-30"])
        #expect(income.row("NET INCOME")?.cells.count == 2)
    }

    @Test func singleComprehensiveIncomeStatementIsTheIncomeStatement() {
        var d = SyntheticDocument()
        d.text("CONDENSED STATEMENTS OF COMPREHENSIVE INCOME")
        d.table([["", "Years Ended December 31, 2023", "Years Ended December 31, 2022"]] + Self.rows)
        #expect(StatementFinder().find(in: d.blocks).statements.map(\.kind) == [.income])
    }

    @Test func dayMonthYearDates() throws {
        var d = SyntheticDocument()
        d.text("Abridged Balance Sheet")
        d.text("31st March 2018")
        d.table([["", "2018 £", "2017 £"], ["Cash at bank", "67,236", "50,100"], ["NET ASSETS", "32,248", "30,000"],
                 ["Tangible assets", "52,982", "40,000"]])
        let balance = try #require(StatementFinder().find(in: d.blocks).statements.first)
        #expect(balance.periodKeys == ["2018-03-31", "2017-03-31"])
        #expect(balance.currency == "GBP")
    }
}
