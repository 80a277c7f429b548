import Foundation
import Testing
@testable import Normalization

@Suite struct AmountParserTests {
    private func value(_ text: String) -> Decimal? { AmountParser.parse(text)?.value }

    @Test func readsPlainAndNegativeAmounts() {
        #expect(value("32,765") == Decimal(32765))
        #expect(value("(1,577)") == Decimal(-1577))
        #expect(value("$ (1,577)") == Decimal(-1577))
        #expect(value("$(1,577)") == Decimal(-1577))
        #expect(value("1,577)") == Decimal(-1577))
        #expect(value("(2,980 )") == Decimal(-2980))
        #expect(value("-1,577") == Decimal(-1577))
        #expect(value("−42") == Decimal(-42))
        #expect(value("1,234,567") == Decimal(1_234_567))
    }

    @Test func keepsDecimalPlacesExactly() throws {
        let eps = try #require(AmountParser.parse("(0.55)"))
        #expect(eps.isNegative && eps.digits == "055" && eps.decimalPlaces == 2)
        #expect(eps.value == Decimal(sign: .minus, exponent: -2, significand: 55))
        let total = try #require(AmountParser.parse("3,777.0"))
        #expect(total.decimalPlaces == 1)
        #expect(total.value == Decimal(3777))
        #expect(value("6,497.5") == Decimal(sign: .plus, exponent: -1, significand: 64975))
    }

    @Test func dashesAreNoAmount() throws {
        for dash in ["—", "–", "-", "nil", "— %", "$ —", " — "] {
            let parsed = try #require(AmountParser.parse(dash), "\(dash)")
            #expect(parsed.isDash, "\(dash)")
            #expect(parsed.value == nil, "\(dash)")
        }
        #expect(AmountParser.parse("— %")?.isPercent == true)
    }

    @Test func percentages() throws {
        let parsed = try #require(AmountParser.parse("12.5 %"))
        #expect(parsed.isPercent)
        #expect(parsed.scaled(byPowerOfTen: -2) == Decimal(sign: .plus, exponent: -3, significand: 125))
        #expect(AmountParser.parse("(3.1)%")?.scaled(byPowerOfTen: -2) == Decimal(sign: .minus, exponent: -3, significand: 31))
    }

    @Test func footnoteMarksAreNotValues() {
        #expect(value("1,234(1)") == Decimal(1234))
        #expect(value("1,234 (1)") == Decimal(1234))
        #expect(value("(1,577)(2)") == Decimal(-1577))
        #expect(value("1,234 (a)") == Decimal(1234))
        #expect(value("1,234*") == Decimal(1234))
        #expect(value("* 1,234") == Decimal(1234))
        #expect(value("1,234¹") == Decimal(1234))
        #expect(value("(1)") == Decimal(-1))
        #expect(AmountParser.parse("(a)") == nil)
    }

    @Test func refusesWhatIsNotOneAmount() {
        for text in ["32 765", "N/A", "Total", "1,23", "12,3456", "2023 2024", "", "$", "1.234,5", String(repeating: "9", count: 40),
                     "((1))", "(-5)", "1,", ",1", "--5", "1..2", "1.2.3", "%", "$$", "١٢٣", "½"] {
            #expect(AmountParser.parse(text) == nil, "\(text)")
        }
    }

    @Test func scalingIsExact() {
        #expect(AmountParser.parse("(1,577)")?.scaled(byPowerOfTen: 6) == Decimal(-1_577_000_000))
        #expect(AmountParser.parse("60,922")?.scaled(byPowerOfTen: 6) == Decimal(60_922_000_000))
        #expect(AmountParser.parse("0")?.scaled(byPowerOfTen: 6) == Decimal(0))
    }
}
