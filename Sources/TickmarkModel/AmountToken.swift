/// How a word or joined token reads in a financial table.
public enum TokenKind: Equatable, Sendable {
    /// A printed amount: `32,765`, `(1,577)`, `12.5%`, `0.55`, or a dash standing for zero.
    case amount
    /// A year like `2018` standing alone (a column header more often than a value).
    case year
    /// A `$`, `(`, `)` or `%` printed apart from its number.
    case detachedSymbol
    /// A footnote mark such as `(a)`, `(1)` in a small font, `*`.
    case footnoteMark
    /// Dot leaders between a label and its values.
    case leader
    case text
}

/// Classifies printed tokens (PDF words, preformatted text columns). Amounts are recognized by shape only; parsing their values is the
/// normalizer's job.
public enum TokenClassifier {
    private static let dashes: Set<String> = ["—", "–", "-", "−", "$—", "$–", "$-", "(—)"]

    public static func kind(of text: String) -> TokenKind {
        // Most words have no digit: settle them with a few comparisons.
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return kindWithoutDigits(text)
        }
        if isYear(text) { return .year }
        if isAmount(text) { return .amount }
        return .text
    }

    private static func kindWithoutDigits(_ text: String) -> TokenKind {
        if dashes.contains(text) { return .amount }
        if text == "$" || text == "(" || text == ")" || text == "%" || text == "($" || text == ")%" { return .detachedSymbol }
        if text.count >= 2 && text.allSatisfy({ $0 == "." || $0 == "…" }) { return .leader }
        if text == "*" || text == "**" || isLetterMark(text) { return .footnoteMark }
        return .text
    }

    /// `(a)`, `(b)` … and `(1)`…`(9)` shapes (a digit mark counts only when printed small).
    public static func isLetterMark(_ text: String) -> Bool {
        guard text.utf8.count == 3 else { return false }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 3, scalars[0] == "(", scalars[2] == ")" else { return false }
        return scalars[1].properties.isLowercase
    }

    /// The amount without footnote marks glued to its end: `(6,961)(i)` → `(6,961)`,
    /// `283(c)(f)` → `283`; nil when `text` is not an amount with marks.
    public static func amountStrippingMarks(_ text: String) -> String? {
        guard text.utf8.last == UInt8(ascii: ")") else { return nil }
        var rest = Substring(text)
        var stripped = false
        while rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
            let mark = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
            guard (1...4).contains(mark.count), mark.allSatisfy({ $0.isLowercase || $0.isNumber }),
                  !mark.allSatisfy(\.isNumber) || mark.count == 1 else { break }
            let candidate = rest[..<open]
            guard !candidate.isEmpty, candidate.last?.isNumber == true || candidate.last == ")" else { break }
            rest = candidate
            stripped = true
        }
        return stripped && isAmount(String(rest)) ? String(rest) : nil
    }

    /// A label without footnote marks glued to its last word: `Nonaccrual loans(a)(b)` →
    /// `Nonaccrual loans`. A parenthesis after a space ("Income (loss)") or a currency sign
    /// ("net of tax of $(5)") is text, not a mark.
    public static func labelStrippingMarks(_ text: String) -> String {
        var rest = Substring(text)
        while rest.hasSuffix(")"), let open = rest.lastIndex(of: "("), open > rest.startIndex {
            let mark = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
            let before = rest[rest.index(before: open)]
            guard (1...3).contains(mark.count), mark.allSatisfy({ $0.isLowercase || $0.isNumber }),
                  before != " ", !"$€£".contains(before) else { break }
            rest = rest[..<open]
        }
        return String(rest)
    }

    public static func isDigitMark(_ text: String) -> Bool {
        guard text.utf8.count == 3 else { return false }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 3, scalars[0] == "(", scalars[2] == ")" else { return false }
        return ("1"..."9").contains(scalars[1])
    }

    public static func isYear(_ text: String) -> Bool {
        guard text.count == 4, text.allSatisfy(\.isASCII), let value = Int(text) else { return false }
        return (1950...2100).contains(value)
    }

    /// `$`? `(`? digits with thousands separators and an optional decimal part `)`? `%`?.
    public static func isAmount(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("$") { body = body.dropFirst() }
        if body.hasPrefix("(") { body = body.dropFirst() }
        if body.hasPrefix("$") { body = body.dropFirst() }
        if body.hasPrefix("-") || body.hasPrefix("−") { body = body.dropFirst() }
        while let last = body.last, last == ")" || last == "%" { body = body.dropLast() }
        guard let first = body.first, first.isASCII, first.isNumber || first == ".",
              let last = body.last, last.isASCII, last.isNumber else { return false }
        var digits = 0
        for character in body {
            if character.isASCII && character.isNumber { digits += 1 } else if character != "," && character != "." { return false }
        }
        return digits > 0
    }
}
