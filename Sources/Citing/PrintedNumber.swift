import Foundation

/// A number as people write it in filings and answers — `1,577`, `(1,577)`, `$1.58 billion`,
/// `1,577 million`, `1.6bn`, `12.5%` — with where it stands in the text and how precise it is
/// printed (half a unit of its last digit, times its scale word).
public struct PrintedNumber: Sendable, Equatable {
    /// The text matched.
    public var text: String
    /// Character offsets of the match in the text scanned.
    public var range: Range<Int>
    /// The value with its scale word applied (`1.58 billion` → 1580000000); negative in parentheses or after a minus.
    public var value: Decimal
    /// Half a unit of the last printed digit, times the scale word.
    public var halfUnit: Decimal
    /// Whether a scale word (thousand, million, billion, bn, m, k…) was written.
    public var hasScaleWord: Bool
    public var isPercent: Bool

    private static let scaleWords: [(words: [String], factor: Decimal)] = [
        (["thousand", "thousands", "k"], 1_000),
        (["million", "millions", "mn", "mm", "m"], 1_000_000),
        (["billion", "billions", "bn", "b"], 1_000_000_000),
        (["trillion", "trillions", "tn"], 1_000_000_000_000),
    ]

    nonisolated(unsafe) private static let pattern = #/(?<open>\()?(?<minus>[-−–])?\s?(?:(?:US|C|A)?[$€£¥])?\s?(?<digits>\d{1,3}(?:,\d{3})+|\d+)(?<fraction>\.\d+)?(?<close>\))?(?:\s?(?<word>%|percent\b|per cent\b|[a-z]+\b))?/#.ignoresCase()

    /// Every number in `text`, left to right. A word after a number counts only when it is a scale word or a percent.
    public static func all(in text: String) -> [PrintedNumber] {
        var numbers: [PrintedNumber] = []
        for match in text.matches(of: pattern) {
            let digits = match.digits.filter { $0 != "," }
            let fraction = match.fraction.map(String.init) ?? ""
            guard var value = Decimal(string: digits + fraction) else { continue }
            var halfUnit = Decimal(sign: .plus, exponent: -max(fraction.count - 1, 0) - 1, significand: 5)
            var end = match.range.upperBound
            var hasScaleWord = false
            var isPercent = false
            if let word = match.word.map({ $0.lowercased() }) {
                if word == "%" || word == "percent" || word == "per cent" {
                    isPercent = true
                } else if let factor = scaleWords.first(where: { $0.words.contains(word) })?.factor {
                    value *= factor
                    halfUnit *= factor
                    hasScaleWord = true
                } else if let word = match.output.word {
                    end = word.startIndex
                    while end > match.range.lowerBound, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
                }
            }
            let negative = (match.open != nil && match.close != nil) || match.minus != nil
            if negative { value = -value }
            var start = match.range.lowerBound
            if match.open != nil, match.close == nil { start = text.index(after: start) }
            while text[start].isWhitespace { start = text.index(after: start) }
            numbers.append(PrintedNumber(
                text: String(text[start..<end]),
                range: text.distance(from: text.startIndex, to: start)..<text.distance(from: text.startIndex, to: end),
                value: value, halfUnit: halfUnit, hasScaleWord: hasScaleWord, isPercent: isPercent))
        }
        return numbers
    }

    /// The one number `text` is (`1,577`, `(1,577)`, `1.58 billion`); nil when it holds none or several.
    public init?(_ text: String) {
        let numbers = Self.all(in: text)
        guard numbers.count == 1 else { return nil }
        self = numbers[0]
    }

    public init(text: String, range: Range<Int>, value: Decimal, halfUnit: Decimal, hasScaleWord: Bool, isPercent: Bool) {
        self.text = text
        self.range = range
        self.value = value
        self.halfUnit = halfUnit
        self.hasScaleWord = hasScaleWord
        self.isPercent = isPercent
    }
}
