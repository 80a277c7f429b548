import Testing
import TickmarkModel
@testable import StatementRecognition

@Suite struct SplitRowTests {
    private func income() throws -> RecognizedStatement {
        var d = SyntheticDocument()
        d.text("CONSOLIDATED STATEMENTS OF INCOME")
        d.text("(In millions)")
        d.table([
            ["Year Ended December 31,", "2017", "2016"],
            ["CONSOLIDATED NET INCOME", "1,283", "6,550"],
            ["(Income) loss from discontinued operations"],
            ["", "(101)", "—"],
            ["NET INCOME ATTRIBUTABLE TO SHAREOWNERS OF"],
            [">THE COCA-COLA COMPANY", "1,248", "6,527"],
            ["Net change in"],
            [">Trading assets", "(53)", "(2)"],
            [">Deposits", "58", "138"],
            ["Costs and expenses:"],
            [">Cost of sales", "900", "800"],
            ["Total assets", "5,000", "4,000"],
            ["", "5,000", "4,000"],
        ])
        return try #require(StatementFinder().find(in: d.blocks).statements.first)
    }

    @Test func valuesPrintedUnderTheirLabelJoinIt() throws {
        let s = try income()
        let row = try #require(s.row("(Income) loss from discontinued operations"))
        #expect(row.cells.map { $0?.printed } == ["(101)", "—"])
        #expect(row.section.isEmpty)
    }

    @Test func aLabelWrappedAroundItsValuesIsOneLabel() throws {
        var d = SyntheticDocument()
        d.text("e. Consolidated statements of cash flows")
        d.table([
            ["", "FY2023", "FY2024"],
            [">Income before tax", "61,208", "51,885"],
            [">Interest paid", "(5,429)", "(8,773)"],
            [">Net cash provided by (used in) operating"],
            ["", "185,705", "227,865"],
            [">activities"],
            ["Cash flows from investing activities"],
            [">Purchase of property, plant and equipment", "(52,713)", "(57,679)"],
        ])
        let s = try #require(StatementFinder().find(in: d.blocks).statements.first)
        let row = try #require(s.row("Net cash provided by (used in) operating activities"))
        #expect(row.cells.map { $0?.printed } == ["185,705", "227,865"])
        #expect(s.row("activities") == nil)
        #expect(s.row("Purchase of property, plant and equipment")?.section == ["Cash flows from investing activities"])
    }

    @Test func labelWrappedAfterAConnectingWordIsOneLabel() throws {
        let s = try income()
        let row = try #require(s.row("NET INCOME ATTRIBUTABLE TO SHAREOWNERS OF THE COCA-COLA COMPANY"))
        #expect(row.cells.first??.printed == "1,248")
        #expect(s.row("THE COCA-COLA COMPANY") == nil)
    }

    @Test func headingsAndUnlabelledTotalsStayApart() throws {
        let s = try income()
        #expect(s.row("Cost of sales")?.section == ["Costs and expenses"])
        #expect(s.row("Trading assets")?.section == ["Net change in"])
        // An unlabelled row after a row of values is a bare total, not a split row.
        #expect(s.rows.last?.label == "")
        #expect(s.row("Total assets")?.cells.first??.printed == "5,000")
        #expect(SplitRowJoiner.endsWithConnectingWord("SHAREOWNERS OF"))
        #expect(SplitRowJoiner.endsWithConnectingWord("Net loss for year ended"), "the date on the next line is the period, not a balance")
        #expect(!SplitRowJoiner.endsWithConnectingWord("Total current assets"))
    }

    @Test func headingCutInTwoIsOneHeading() throws {
        var d = SyntheticDocument()
        d.text("CONSOLIDATED BALANCE SHEETS")
        d.text("(in millions)")
        d.table([
            ["", "Balance at", "December 31,"],
            ["", "2018", "2017"],
            ["Cash and cash equivalents", "1,295", "447"],
            ["Total current assets", "12,356", "8,340"],
            ["Total assets", "76,995", "68,012"],
            ["Accounts payable", "3,476", "3,100"],
            ["Total current liabilities", "41,695", "8,690"],
            ["Total liabilities and equity", "76,995", "68,012"],
        ])
        let s = try #require(StatementFinder().find(in: d.blocks).statements.first)
        #expect(s.columns.map(\.header) == ["Balance at December 31, 2018", "Balance at December 31, 2017"])
        #expect(s.periodKeys == ["2018-12-31", "2017-12-31"])
    }
}
