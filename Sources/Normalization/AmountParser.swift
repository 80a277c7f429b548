import Foundation

/// A printed amount taken apart: sign, digits, decimal places and what else was printed
/// around the number (a dash, a percent sign, a currency symbol).
public struct ParsedAmount: Sendable, Hashable {
    /// Printed as negative: in parentheses (even half of them) or with a leading minus.
    public var isNegative: Bool
    /// The digits as printed, separators removed ("1,577.25" → "157725").
    public var digits: String
    /// Digits after the decimal point ("3,777.0" → 1).
    public var decimalPlaces: Int
    /// A dash or "nil" standing for no amount; `digits` is empty then.
    public var isDash: Bool
    /// Printed with a `%` sign.
    public var isPercent: Bool
    /// A currency symbol (`$`, `€`, `£`, `¥`) was printed with it.
    public var hasCurrencySymbol: Bool

    /// The amount as printed (sign applied, no scale, no percent division); nil for a dash.
    public var value: Decimal? { scaled(byPowerOfTen: 0) }

    /// The amount times 10^`exponent`, exact; nil for a dash.
    public func scaled(byPowerOfTen exponent: Int) -> Decimal? {
        guard !isDash else { return nil }
        var magnitude = Decimal(0)
        for scalar in digits.unicodeScalars {
            magnitude = magnitude * 10 + Decimal(Int(scalar.value) - 48)
        }
        if magnitude.isZero { return Decimal(0) }
        return Decimal(sign: isNegative ? .minus : .plus, exponent: exponent - decimalPlaces, significand: magnitude)
    }
}

/// Reads printed amounts (`32,765`, `(1,577)`, `$ (1,577)`, `1,577)`, `(0.55)`, `—`, `12.5 %`)
/// by tokenizing them itself: `Decimal(string:)` silently truncates "1,234" and rejects "(1)".
/// Footnote marks beside the number (`(1)`, `(a)`, `*`, `†`, superscript digits) are ignored.
public enum AmountParser {
    /// Texts that print "no amount".
    static let dashes: Set<String> = ["—", "–", "-", "−", "‒", "——", "--", "nil", "Nil", "NIL"]

    /// - Returns: nil when the text is not one amount (words, two numbers, "32 765", "N/A").
    public static func parse(_ text: String) -> ParsedAmount? {
        var scanner = AmountScanner(text)
        return scanner.scan()
    }
}

/// The tokenizer behind `AmountParser`: prefix marks, one number, suffix marks, nothing else.
private struct AmountScanner {
    private let chars: [Character]
    private var i = 0
    private var openParen = false
    private var closeParen = false
    private var minus = false
    private var percent = false
    private var currency = false

    init(_ text: String) { chars = Array(text) }

    mutating func scan() -> ParsedAmount? {
        scanPrefix()
        guard i < chars.count, chars[i].isASCIIDigit || (chars[i] == "." && next(isDigitAt: i + 1)) else {
            return dashOnly()
        }
        guard let number = scanNumber() else { return nil }
        guard scanSuffix() else { return nil }
        let negative = minus || openParen || closeParen
        return ParsedAmount(isNegative: negative, digits: number.digits, decimalPlaces: number.decimals,
                            isDash: false, isPercent: percent, hasCurrencySymbol: currency)
    }

    /// `$`, `(`, a minus sign and spaces before the number.
    private mutating func scanPrefix() {
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace || c == "*" {
                i += 1
            } else if AmountScanner.currencySymbols.contains(c) {
                currency = true
                i += 1
            } else if c == "U", i + 2 < chars.count, chars[i + 1] == "S", chars[i + 2] == "$" {
                currency = true
                i += 3
            } else if c == "(" && !openParen && !minus {
                openParen = true
                i += 1
            } else if AmountScanner.minusSigns.contains(c) && !minus && followedByNumber(from: i + 1) {
                minus = true
                i += 1
            } else {
                return
            }
        }
    }

    /// The whole text is a dash (or "nil"), possibly with `$`, `%` or footnote marks around it.
    private func dashOnly() -> ParsedAmount? {
        let kept = String(chars).filter { !$0.isWhitespace && !AmountScanner.currencySymbols.contains($0) && $0 != "*" }
        var core = kept.hasSuffix("%") ? String(kept.dropLast()) : kept
        if core.hasPrefix("(") && core.hasSuffix(")") && core.count > 2 { core = String(core.dropFirst().dropLast()) }
        guard AmountParser.dashes.contains(core) else { return nil }
        return ParsedAmount(isNegative: false, digits: "", decimalPlaces: 0, isDash: true,
                            isPercent: kept.hasSuffix("%"), hasCurrencySymbol: currency)
    }

    /// Digits with comma thousands separators (groups of three) and an optional decimal part.
    private mutating func scanNumber() -> (digits: String, decimals: Int)? {
        var integer = ""
        var groupLength = 0
        var sawComma = false
        while i < chars.count {
            let c = chars[i]
            if c.isASCIIDigit {
                integer.append(c)
                groupLength += 1
                i += 1
            } else if c == ",", next(isDigitAt: i + 1) {
                if sawComma ? groupLength != 3 : (groupLength < 1 || groupLength > 3) { return nil }
                sawComma = true
                groupLength = 0
                i += 1
            } else {
                break
            }
        }
        if sawComma && groupLength != 3 { return nil }
        var fraction = ""
        if i < chars.count, chars[i] == ".", next(isDigitAt: i + 1) {
            i += 1
            while i < chars.count, chars[i].isASCIIDigit {
                fraction.append(chars[i])
                i += 1
            }
        }
        // Decimal holds 38 significant digits; no printed amount comes near.
        guard integer.count + fraction.count <= AmountScanner.maximumDigits else { return nil }
        return (integer + fraction, fraction.count)
    }

    /// `)`, `%`, spaces and footnote marks after the number; false when anything else follows.
    private mutating func scanSuffix() -> Bool {
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace || c == "*" || c == "†" || c == "‡" || AmountScanner.superscripts.contains(c) {
                i += 1
            } else if c == ")" && !closeParen && !minus {
                closeParen = true
                i += 1
            } else if c == "%" && !percent {
                percent = true
                i += 1
            } else if c == "(", let end = footnoteMarkEnd(from: i) {
                i = end
            } else {
                return false
            }
        }
        return true
    }

    /// A footnote mark `(1)`, `(12)` or `(a)` starting at `start`: the index after it.
    private func footnoteMarkEnd(from start: Int) -> Int? {
        var j = start + 1
        var inner = ""
        while j < chars.count, chars[j] != ")" {
            inner.append(chars[j])
            j += 1
        }
        guard j < chars.count else { return nil }
        let isNumberMark = inner.count <= 2 && inner.allSatisfy(\.isASCIIDigit) && !inner.isEmpty
        let isLetterMark = inner.count == 1 && inner.allSatisfy { $0.isLetter && $0.isASCII }
        return isNumberMark || isLetterMark ? j + 1 : nil
    }

    private func next(isDigitAt index: Int) -> Bool { index < chars.count && chars[index].isASCIIDigit }

    private func followedByNumber(from index: Int) -> Bool {
        var j = index
        while j < chars.count, chars[j].isWhitespace || AmountScanner.currencySymbols.contains(chars[j]) { j += 1 }
        return next(isDigitAt: j) || (j < chars.count && chars[j] == "." && next(isDigitAt: j + 1))
    }

    static let maximumDigits = 30
    static let currencySymbols: Set<Character> = ["$", "€", "£", "¥"]
    static let minusSigns: Set<Character> = ["-", "−", "–", "—", "‒"]
    static let superscripts: Set<Character> = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"]
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
