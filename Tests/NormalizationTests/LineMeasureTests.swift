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

@Suite struct UnitRefGuessTests {
    @Test func unitIDsAreReadWhenNotResolved() {
        let builder = FactBuilder(scale: ScaleRules(Scale(exponent: 0)), currency: nil)
        #expect(builder.unitName(forUnitRef: "usd") == "USD")
        #expect(builder.unitName(forUnitRef: "U_iso4217USD") == "USD")
        #expect(builder.unitName(forUnitRef: "USDPerShare") == "USD/shares")
        #expect(builder.unitName(forUnitRef: "iso4217_GBP_per_share") == "GBP/shares")
        #expect(builder.unitName(forUnitRef: "shares") == "shares")
        #expect(builder.unitName(forUnitRef: "pure") == "pure")
        #expect(builder.unitName(forUnitRef: "Unit12") == nil)
        #expect(builder.unitName(forUnitRef: nil) == nil)
    }
}
