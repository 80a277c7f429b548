import Evaluation
import Testing
import TickmarkModel

@Suite struct LabelFoldingTests {
    @Test func foldsTypography() {
        #expect(LabelFolding.fold("Net sales . . . . . . :") == "net sales")
        #expect(LabelFolding.fold("Net  sales.......") == "net sales")
        #expect(LabelFolding.fold("Shareholders’ equity:") == LabelFolding.fold("shareholders' EQUITY"))
        #expect(LabelFolding.fold("Property, plant and equipment—net") == LabelFolding.fold("Property, plant and equipment — net"))
        #expect(LabelFolding.fold("Creditors: amounts falling due within one year") == "creditors: amounts falling due within one year")
        #expect(LabelFolding.fold("") == "")
        #expect(LabelFolding.fold(" . . . ") == "")
    }

    /// EDGAR HTML with lettered note references (Alcoa prints "Sales (C & E)") and the
    /// parenthesised "(loss)" convention (a small filer's "Net (loss)").
    @Test func foldsNoteReferencesAndSingleWordParentheses() {
        #expect(LabelFolding.fold("Sales (C\u{A0}& E)") == LabelFolding.fold("Sales"))
        #expect(LabelFolding.fold("Restructuring and other charges, net (D)") == "restructuring and other charges, net")
        #expect(LabelFolding.fold("Total share owners' equity (notes 25 and 26)") == "total share owners' equity")
        #expect(LabelFolding.fold("Diluted EPS ($) (1)") == "diluted eps ($)")
        #expect(LabelFolding.fold("Net (loss)") == LabelFolding.fold("Net loss"))
        #expect(LabelFolding.fold("Net cash provided by (used in) operating activities") == "net cash provided by (used in) operating activities")
        #expect(LabelFolding.fold("Net income (loss") == "net income (loss")
    }

    @Test func closestLabelsComeFirst() {
        let closest = LabelSimilarity.closest(to: "Total assets", among: ["Total liabilities", "Total assets:", "Cash"], count: 2)
        #expect(closest == ["Total assets:", "Total liabilities"])
    }
}

@Suite struct GoldPeriodTests {
    private func period(_ key: String, _ type: PeriodSpan.Kind, end: String?) -> Period {
        Period(key: key, type: type, start: nil, end: end.flatMap { CalendarDate(iso: $0) }, fiscalYear: nil, header: "")
    }

    @Test func fiscalYearMatchesByEndNotByName() throws {
        // Apple names the year ending 2022-09-24 FY2022; a 52-week year ending 2018-01-06 is our FY2017.
        let gold = try #require(GoldPeriod(period: "FY2018", periodEnd: "2018-01-06"))
        #expect(gold.matches(period("FY2017", .duration, end: "2018-01-06")))
        #expect(!gold.matches(period("FY2018", .duration, end: "2018-12-29")))
        #expect(!gold.matches(period("2018-01-06", .instant, end: "2018-01-06")))
    }

    @Test func interimAndWeeks() throws {
        let quarter = try #require(GoldPeriod(period: "13W:2024-11-02", periodEnd: "2024-11-02"))
        #expect(quarter.matches(period("3M-2024-11-02", .duration, end: "2024-11-02")))
        #expect(!quarter.matches(period("9M-2024-11-02", .duration, end: "2024-11-02")))
        let nine = try #require(GoldPeriod(period: "39W:2024-11-02", periodEnd: "2024-11-02"))
        #expect(nine.matches(period("9M-2024-11-02", .duration, end: nil)))
        let half = try #require(GoldPeriod(period: "6M:2023-06-30", periodEnd: "2023-06-30"))
        #expect(half.matches(period("6M-2023-06-30", .duration, end: "2023-06-30")))
    }

    @Test func instants() throws {
        let gold = try #require(GoldPeriod(period: "2018-12-31", periodEnd: "2018-12-31"))
        #expect(gold.matches(period("2018-12-31", .instant, end: "2018-12-31")))
        #expect(!gold.matches(period("FY2018", .duration, end: "2018-12-31")))
        #expect(GoldPeriod(period: "Q3", periodEnd: "x") == nil)
    }
}
