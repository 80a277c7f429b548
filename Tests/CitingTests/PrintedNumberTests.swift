import Citing
import Foundation
import Testing

/// Numbers as filings and model answers write them.
@Suite struct PrintedNumberTests {
    @Test func readsStylesWithScaleWordsAndPrecision() {
        let numbers = PrintedNumber.all(in: "FCF was $1.58 billion (1,577 million; 1.6bn), margin 12.5%, capex (412).")
        #expect(numbers.map(\.text) == ["$1.58 billion", "1,577 million", "1.6bn", "12.5%", "(412)"])
        #expect(numbers.map(\.value) == [Decimal(string: "1580000000")!, 1_577_000_000, 1_600_000_000, Decimal(string: "12.5")!, -412])
        #expect(numbers[0].halfUnit == 5_000_000)
        #expect(numbers[2].halfUnit == 50_000_000)
        #expect(numbers[3].isPercent && !numbers[3].hasScaleWord)
        #expect(PrintedNumber("(1,577)")?.value == -1577)
        #expect(PrintedNumber("1,577 and 2") == nil)
    }

    @Test func aWordThatIsNoScaleIsLeftOut() {
        let numbers = PrintedNumber.all(in: "1,239 in 2024")
        #expect(numbers.map(\.text) == ["1,239", "2024"])
        #expect(!numbers[0].hasScaleWord)
    }
}
