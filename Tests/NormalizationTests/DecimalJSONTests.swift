import Foundation
import Testing

/// statements.json carries `Decimal` values; JSONEncoder must write them exactly.
@Suite struct DecimalJSONTests {
    @Test func decimalsEncodeExactly() throws {
        let values: [Decimal] = [Decimal(sign: .plus, exponent: -1, significand: 64975), Decimal(-1_577_000_000),
                                 Decimal(sign: .plus, exponent: -3, significand: 125), Decimal(60_922_000_000),
                                 Decimal(sign: .minus, exponent: -2, significand: 55),
                                 Decimal(sign: .plus, exponent: 3, significand: 605_400)]
        let encoder = JSONEncoder()
        let text = String(decoding: try encoder.encode(values), as: UTF8.self)
        #expect(text == "[6497.5,-1577000000,0.125,60922000000,-0.55,605400000]")
    }

    @Test func decimalsDecodeExactly() throws {
        let text = "[6497.5,-1577000000,0.125,60922000000,-0.55,0.1,123456789012.34]"
        let values = try JSONDecoder().decode([Decimal].self, from: Data(text.utf8))
        #expect(values == [Decimal(sign: .plus, exponent: -1, significand: 64975), Decimal(-1_577_000_000),
                           Decimal(sign: .plus, exponent: -3, significand: 125), Decimal(60_922_000_000),
                           Decimal(sign: .minus, exponent: -2, significand: 55), Decimal(sign: .plus, exponent: -1, significand: 1),
                           Decimal(sign: .plus, exponent: -2, significand: 12_345_678_901_234)])
    }
}
