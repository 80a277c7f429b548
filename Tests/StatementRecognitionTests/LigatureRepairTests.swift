import Testing
import TickmarkModel
@testable import StatementRecognition

/// Text layers that dropped the "fi"/"fl"/"ff" ligatures: matched as what they are, kept as printed.
@Suite struct LigatureRepairTests {
    @Test func gapsInsideWordsAreClosed() {
        #expect(LigatureRepair.repaired("Gross pro t") == "Gross profit")
        #expect(LigatureRepair.repaired("Bene ts from income taxes") == "Benefits from income taxes")
        #expect(LigatureRepair.repaired("E ect of exchange rate changes") == "Effect of exchange rate changes")
        #expect(LigatureRepair.repaired("Due to a liates") == "Due to affiliates")
        #expect(LigatureRepair.repaired("Accumulated (de cit)") == "Accumulated (deficit)")
        #expect(LigatureRepair.repaired("GROSS PRO T") == "GROSS PROFIT")
    }

    @Test func missingWordStartsAreRestored() {
        #expect(LigatureRepair.repaired("Cash ows from  nancing activities:") == "Cash flows from  financing activities:")
        #expect(LigatureRepair.repaired("Net cash used in  nancing activities") == "Net cash used in  financing activities")
        #expect(LigatureRepair.repaired("nancing") == "financing")
        #expect(LigatureRepair.repaired("CASH OWS") == "CASH FLOWS")
    }

    @Test func ordinaryTextIsUnchanged() {
        for text in ["Gross profit", "Cash flows from financing activities", "Net income", "Total assets",
                     "Led by the board", "Cost of revenue", "Other income (expense), net", "Basic", "", "  "] {
            #expect(LigatureRepair.repaired(text) == text)
        }
    }

    @Test func titlesSectionsAndTotalsMatchThroughTheGaps() throws {
        var d = SyntheticDocument()
        d.text("Condensed consolidated statements of cash ows (unaudited)")
        d.text("(In millions)")
        d.table([
            ["Three Months Ended March 31,", "2025", "2024"],
            ["Cash ows from operating activities:"],
            [">Net income", "228", "178"],
            [">Net cash provided by operating activities", "245", "189"],
            ["Cash ows from  nancing activities:"],
            [">Dividends paid", "(52)", "(48)"],
            [">Net cash used in  nancing activities", "(52)", "(48)"],
            ["Net increase in cash and cash equivalents", "193", "141"],
        ])
        let s = try #require(StatementFinder().find(in: d.blocks).statements.first)
        #expect(s.kind == .cashFlow)
        #expect(s.title == "Condensed consolidated statements of cash ows (unaudited)")
        let total = try #require(s.row("Net cash used in  nancing activities"))
        #expect(total.isTotal)
        #expect(total.section == ["Cash ows from  nancing activities"])
        #expect(s.row("Net increase in cash and cash equivalents")?.section == [])
    }
}
