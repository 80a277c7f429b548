import TickmarkModel

/// Reads the scale ("(in millions, except per share amounts)", "(Millions)", "$000") and the
/// currency (`$`, `€`, `£`, or their names) a statement's header prints.
enum ScaleReader {
    private static let scaleWords: [(word: String, exponent: Int)] = [
        ("thousands", 3), ("thousand", 3), ("000s", 3), ("000", 3),
        ("millions", 6), ("million", 6), ("billions", 9), ("billion", 9),
    ]

    /// The first line that states a scale, and the scale it states; units when none does.
    static func scale(in lines: [String]) -> Scale {
        for line in lines where line.count <= 160 {
            let words = PrintedText.words(line)
            let isScaleLine = words.contains("in") || words.contains("of") || line.contains("(") || line.contains("$")
                || words.first.map { w in scaleWords.contains { $0.word == w } } == true
            guard isScaleLine else { continue }
            for word in words {
                if let match = scaleWords.first(where: { $0.word == word }) {
                    return Scale(exponent: match.exponent, printed: phrase(in: line))
                }
            }
        }
        return .units
    }

    /// The parenthesised part of a line that holds the scale, else the whole line trimmed.
    private static func phrase(in line: String) -> String {
        if let open = line.firstIndex(of: "("), let close = line[open...].firstIndex(of: ")") {
            let inside = String(line[line.index(after: open)..<close])
            if PrintedText.words(inside).contains(where: { w in scaleWords.contains { $0.word == w } }) {
                return inside.trimmingSpaces
            }
        }
        return line.trimmingSpaces
    }

    /// ISO 4217 code of the first currency sign or name in the texts.
    static func currency(in texts: [String]) -> String? {
        for text in texts {
            if text.contains("€") { return "EUR" }
            if text.contains("£") { return "GBP" }
            if text.contains("$") { return "USD" }
            let words = PrintedText.words(text)
            if words.contains("eur") || words.contains("euro") || words.contains("euros") { return "EUR" }
            if words.contains("gbp") || words.contains("sterling") { return "GBP" }
            if words.contains("usd") || words.contains("dollars") { return "USD" }
        }
        return nil
    }
}
