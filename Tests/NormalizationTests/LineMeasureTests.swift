import Foundation
import Testing
import TickmarkModel
@testable import Normalization

@Suite struct LineMeasureTests {
    @Test func measuresComeFromLabelsAndHeadings() {
        #expect(LineMeasure.of(label: "Net sales", section: []) == .money)
        #expect(LineMeasure.of(label: "Basic", section: ["Earnings per share:"]) == .perShare)
        #expect(LineMeasure.of(label: "Diluted", section: ["Net income per common share"]) == .perShare)
        #expect(LineMeasure.of(label: "Basic", section: ["Weighted-average shares outstanding:"]) == .shares)
        #expect(LineMeasure.of(label: "Basic", section: ["Earnings per share", "Shares used in computing earnings per share"])
                == .shares)
        #expect(LineMeasure.of(label: "Dividends declared per share", section: []) == .perShare)
        #expect(LineMeasure.of(label: "Basic earnings per share", section: []) == .perShare)
        #expect(LineMeasure.of(label: "Common stock, $0.01 par value; 600 shares outstanding", section: []) == .money)
        #expect(LineMeasure.of(label: "Weighted average number of shares outstanding", section: []) == .shares)
        #expect(LineMeasure.of(label: "Average diluted common shares issued and outstanding", section: []) == .shares)
    }

    @Test func countsPrintedInTheTextNeverMakeDollarsShares() {
        // A stock class that prints its share counts in its label holds dollars (NKE 10-K 2019).
        #expect(LineMeasure.of(label: "Class B — 1,253 and 1,272 shares outstanding", section: []) == .money)
        // A valueless row printing a count is no heading for the dollar lines below it (MMM 10-K 2018).
        #expect(LineMeasure.of(label: "Additional paid-in capital", section: ["Shares outstanding - 2017: 594,884,237"]) == .money)
        #expect(LineMeasure.of(label: "Basic", section: ["Weighted-average shares outstanding:"]) == .shares)
    }

    @Test func aHeadingPrintingItsOwnPerShareFigureLeavesTheRowsInDollars() {
        // PFE 10-Q 2023 equity: "Cash dividends declared, per share: $0.82" over "Common stock"
        // and the next movements ("Share-based payment transactions"), all in dollars.
        let heading = ["Cash dividends declared, per share: $0.82"]
        #expect(LineMeasure.of(label: "Common stock", section: heading) == .money)
        #expect(LineMeasure.of(label: "Share-based payment transactions", section: heading) == .money)
        #expect(LineMeasure.of(label: "Basic", section: ["Earnings per share:"]) == .perShare)
    }

    @Test func earningsFiguresUnderANumberOfSharesHeadingCountShares() {
        let heading = ["Number of shares (in thousands) used in computing:"]
        #expect(LineMeasure.of(label: "-diluted earnings per common share", section: heading) == .shares)
        // A dividend per share left inside the shares heading is still per share.
        #expect(LineMeasure.of(label: "Cash dividends declared per share", section: ["Shares used in computing earnings per share:"])
                == .perShare)
    }

    @Test func scalePhrasesSayWhatIsScaled() {
        let millions = ScaleRules(Scale(exponent: 6, printed: "(In millions, except per share amounts)"))
        #expect(millions.exponent(for: .money) == 6)
        #expect(millions.exponent(for: .shares) == 6)
        #expect(millions.exponent(for: .perShare) == 0)
        let exceptShares = ScaleRules(Scale(exponent: 3, printed: "(in thousands, except share and per share data)"))
        #expect(exceptShares.exponent(for: .money) == 3)
        #expect(exceptShares.exponent(for: .shares) == 0)
        let ownShareScale = ScaleRules(Scale(exponent: 6, printed: "(In millions, except per share amounts; shares in thousands)"))
        #expect(ownShareScale.exponent(for: .shares) == 3)
        let apple = ScaleRules(Scale(exponent: 6, printed:
            "(In millions, except number of shares, which are reflected in thousands, and per-share amounts)"))
        #expect(apple.exponent(for: .shares) == 3)
        let perShareOnly = ScaleRules(Scale(exponent: 3, printed: "(in thousands, except per share amounts in dollars)"))
        #expect(perShareOnly.exponent(for: .shares) == 3)
        let bare = ScaleRules(Scale(exponent: 0))
        #expect(bare.exponent(for: .shares) == 0 && bare.exponent(for: .money) == 0)
    }
}

@Suite struct TaggedUnitMeasureTests {
    @Test func unitNamesGiveMeasures() {
        #expect(LineMeasure.of(unit: "USD") == .money)
        #expect(LineMeasure.of(unit: "GBP/shares") == .perShare)
        #expect(LineMeasure.of(unit: "shares") == .shares)
        #expect(LineMeasure.of(unit: "pure") == .pure)
        #expect(LineMeasure.of(unit: "employee") == nil)
        #expect(LineMeasure.of(unit: "USD/employee") == nil)
    }

    /// "Net income" under an EPS heading, tagged in USD: money, so the statement's millions apply.
    @Test func taggedUnitWinsOverTheLabel() {
        let builder = FactBuilder(scale: ScaleRules(Scale(exponent: 6, printed: "(In millions, except per-share amounts)")),
                                  currency: "USD")
        let tagged = TaggedFact(concept: "us-gaap:NetIncomeLoss", contextRef: "c1", unitRef: "u1", value: "1722000000",
                                decimals: "-6", element: "f1", printed: "1,722", isNumeric: true)
        let cell = RecognizedCell(printed: "1,722", locator: Locator(), fact: tagged, unit: "USD")
        let (fact, problem) = builder.fact(cell, period: "2023-Q2", measure: .perShare)
        #expect(problem == nil)
        #expect(fact.value == Decimal(1_722_000_000))
        #expect(fact.unit == "USD")
        let shares = RecognizedCell(printed: "921", locator: Locator(), fact: tagged, unit: "shares")
        #expect(builder.fact(shares, period: "2023-Q2", measure: .money).0.value == Decimal(921_000_000))
        let untagged = RecognizedCell(printed: "1.87", locator: Locator())
        #expect(builder.fact(untagged, period: "2023-Q2", measure: .perShare).0.value == Decimal(string: "1.87"))
    }
}
