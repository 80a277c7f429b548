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
            for (index, word) in words.enumerated() where !scalesShares(words[..<index]) {
                if let match = scaleWords.first(where: { $0.word == word }) {
                    return Scale(exponent: match.exponent, printed: phrase(in: line))
                }
            }
        }
        return .units
    }

    /// "(shares in thousands)", "share amounts in": the scale word after these words scales share
    /// counts, never the amounts of money beside them ("$ and shares in millions" scales both).
    private static func scalesShares(_ before: ArraySlice<String>) -> Bool {
        let tail = Array(before.suffix(3))
        // "$ and shares in millions" scales both.
        if tail.first == "and" { return false }
        return tail.suffix(2) == ["shares", "in"] || tail == ["share", "amounts", "in"] || tail == ["share", "data", "in"]
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

    /// ISO 4217 code of the currency the texts name: a currency named in words or a code
    /// ("millions of Canadian dollars", "Millions of yen", "RMB", "US$") wins over a bare sign
    /// printed beside the amounts; then the currency the document declares for all its amounts
    /// (`declared`); else the first sign (`€`, `£`, `¥`, `$`) or "dollars".
    static func currency(in texts: [String], declared: String? = nil) -> String? {
        if let named = texts.lazy.compactMap(namedCurrency).first { return named }
        if let declared { return declared }
        for text in texts {
            if text.contains("€") { return "EUR" }
            if text.contains("£") { return "GBP" }
            if text.contains("¥") { return "JPY" }
            if text.contains("$") { return "USD" }
            if PrintedText.words(text).contains("dollars") { return "USD" }
        }
        return nil
    }

    /// Currency names and codes, lowercased words, with the code they stand for; checked in
    /// this order ("canadian dollars" before "dollars").
    private static let currencyNames: [(words: [String], code: String)] = [
        (["canadian", "dollars"], "CAD"), (["cad"], "CAD"), (["c"], "CAD"),
        (["yen"], "JPY"), (["jpy"], "JPY"),
        (["rmb"], "CNY"), (["renminbi"], "CNY"), (["cny"], "CNY"),
        (["eur"], "EUR"), (["euro"], "EUR"), (["euros"], "EUR"),
        (["gbp"], "GBP"), (["sterling"], "GBP"),
        (["u", "s", "dollars"], "USD"), (["us"], "USD"), (["usd"], "USD"),
    ]

    private static let declaringPhrases = ["amounts are in", "amounts are expressed in", "expressed in", "presented in",
                                           "amounts in"]

    /// The currency other than USD that a sentence declares for all amounts ("all amounts are
    /// in millions of Canadian dollars, unless otherwise stated"), nil otherwise.
    static func declaredCurrency(_ line: String) -> String? {
        let lower = line.lowercased()
        guard let phrase = declaringPhrases.lazy.compactMap({ lower.range(ofText: $0) }).first else { return nil }
        let code = namedCurrency(String(lower[phrase.upperBound...].prefix(60)))
        return code == "USD" ? nil : code
    }

    /// The currency a text names in words or by code ("US$" and "C$" count), nil otherwise.
    static func namedCurrency(_ text: String) -> String? {
        guard text.count <= 160 else { return nil }
        let words = PrintedText.words(text)
        let lower = text.lowercased()
        for (name, code) in currencyNames where words.indices.contains(where: { words[$0...].starts(with: name) }) {
            // A lone "c" or "us" names a currency only as "C$" / "US$".
            if name == ["c"] || name == ["us"], !lower.contains(name[0] + "$") { continue }
            return code
        }
        return nil
    }
}
