import Testing
import TickmarkModel
@testable import StatementRecognition

@Suite struct SectionAndTotalTests {
    private func cashFlow() throws -> RecognizedStatement {
        var d = SyntheticDocument()
        d.text("CONSOLIDATED STATEMENTS OF CASH FLOWS")
        d.text("(In millions)")
        d.table([
            ["Year Ended December 31,", "2019", "2018"],
            ["Cash flows from operating activities:"],
            [">Net income", "1,503", "1,813"],
            [">Adjustments to reconcile net income to net cash provided by operating activities:"],
            [">>Depreciation", "200", "180"],
            [">>Other", "(12)", "—"],
            [">Net cash provided by operating activities", "1,831", "1,790"],
            ["Cash flows from investing activities:"],
            [">Capital expenditures", "(116)", "(131)"],
            [">Net cash used in investing activities", "(116)", "(131)"],
            ["Cash and cash equivalents at end of period", "$ 5,794", "$ 4,225"],
        ])
        return try #require(StatementFinder().find(in: d.blocks).statements.first)
    }

    @Test func headingsBecomeSections() throws {
        let s = try cashFlow()
        #expect(s.kind == .cashFlow)
        #expect(s.row("Net income")?.section == ["Cash flows from operating activities"])
        #expect(s.row("Depreciation")?.section == ["Cash flows from operating activities",
                                                   "Adjustments to reconcile net income to net cash provided by operating activities"])
        #expect(s.row("Depreciation")?.depth == 2)
        #expect(s.row("Capital expenditures")?.section == ["Cash flows from investing activities"])
        #expect(s.row("Capital expenditures")?.cells[0]?.printed == "(116)")
        #expect(s.row("Cash flows from operating activities:") == nil)
    }

    @Test func totalsAreMarkedAndCloseTheirSection() throws {
        let s = try cashFlow()
        #expect(s.row("Net cash provided by operating activities")?.isTotal == true)
        #expect(s.row("Net income")?.isTotal == false)
        #expect(s.row("Cash and cash equivalents at end of period")?.section == [])
        #expect(s.row("Other")?.cells[1]?.printed == "—")
        #expect(s.periodKeys == ["FY2019", "FY2018"])
    }

    @Test func nestedHeadingsWithoutColons() throws {
        var d = SyntheticDocument()
        d.text("Consolidated Balance Sheet")
        d.table([
            ["(Dollars in millions)", "December 31, 2018", "December 31, 2017"],
            ["Assets"],
            ["Current assets"],
            [">Cash and cash equivalents", "$ 2,853", "$ 3,053"],
            [">Total current assets", "13,709", "14,277"],
            ["Goodwill", "10,051", "10,513"],
            [">Total assets", "$ 36,500", "$ 37,987"],
            ["Liabilities"],
            ["Current liabilities"],
            [">Accounts payable", "2,266", "1,945"],
            ["Commitments and contingencies (Note 16)"],
            ["Long-term debt", "13,411", "12,096"],
        ])
        let s = try #require(StatementFinder().find(in: d.blocks).statements.first)
        #expect(s.row("Cash and cash equivalents")?.section == ["Assets", "Current assets"])
        #expect(s.row("Goodwill")?.section == ["Assets"])
        #expect(s.row("Accounts payable")?.section == ["Liabilities", "Current liabilities"])
        #expect(s.row("Commitments and contingencies (Note 16)")?.cells.allSatisfy { $0 == nil } == true)
        #expect(s.row("Total assets")?.isTotal == true)
    }
}
