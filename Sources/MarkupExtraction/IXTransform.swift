/// Inline XBRL transformation registries (ixt v1–v5 and ixt-sec): printed text → XBRL value.
enum IXTransform {
    /// The outcome of a transformation: the value, or nil when the format is not known.
    enum Outcome: Equatable {
        case value(String)
        case unknownFormat
        case unreadable
    }

    /// Applies `format` (a QName such as `ixt:num-dot-decimal`) to `text`. Without a format the
    /// text is taken as a plain number (numeric) or as is.
    static func apply(format: String?, to text: String, numeric: Bool) -> Outcome {
        let trimmed = text.foldedWhitespace
        guard let format, !format.isEmpty else {
            return numeric ? number(trimmed, decimalSeparator: ".") : .value(trimmed)
        }
        let local = String(format.split(separator: ":").last ?? Substring(format)).lowercased()
        let key = local.replacingOccurrences(of: "-", with: "")
        if dotDecimal.contains(key) { return number(trimmed, decimalSeparator: ".") }
        if commaDecimal.contains(key) { return number(trimmed, decimalSeparator: ",") }
        switch key {
        case "zerodash", "numdash", "fixedzero":
            return .value("0")
        case "fixedempty", "nocontent":
            return numeric ? .value("0") : .value("")
        case "fixedfalse", "booleanfalse":
            return .value("false")
        case "fixedtrue", "booleantrue":
            return .value("true")
        case "numwordsen":
            return EnglishNumberWords.value(of: trimmed).map { .value($0) } ?? .unreadable
        default:
            if key.hasPrefix("date") { return DateTransform.apply(key, to: trimmed).map { .value($0) } ?? .unreadable }
            return .unknownFormat
        }
    }

    /// Formats whose decimal separator is a dot (grouping by comma, space or apostrophe).
    private static let dotDecimal: Set<String> = ["numdotdecimal", "numcommadot", "numspacedot", "numdotdecimalin", "numdot"]
    /// Formats whose decimal separator is a comma.
    private static let commaDecimal: Set<String> = ["numcommadecimal", "numdotcomma", "numspacecomma", "numcomma"]

    /// Digits and one decimal separator; every other character (grouping, currency, spaces) dropped.
    static func number(_ text: String, decimalSeparator: Character) -> Outcome {
        var integer = ""
        var fraction = ""
        var inFraction = false
        for ch in text {
            if ch.isASCII, ch.isNumber {
                if inFraction { fraction.append(ch) } else { integer.append(ch) }
            } else if ch == decimalSeparator, !inFraction {
                inFraction = true
            }
        }
        if integer.isEmpty && fraction.isEmpty {
            // A dash or an empty cell printed for nil/zero.
            let dashes: Set<Character> = ["-", "—", "–", "‒"]
            return !text.isEmpty && text.allSatisfy({ dashes.contains($0) }) ? .value("0") : .unreadable
        }
        return .value(DecimalText.canonical(integer: integer, fraction: fraction, negative: false))
    }
}

/// Exact decimal text arithmetic for XBRL values (no floating point, no `Decimal` parsing).
enum DecimalText {
    /// `integer.fraction` with leading/trailing zeros trimmed, `-` when negative and not zero.
    static func canonical(integer: String, fraction: String, negative: Bool) -> String {
        var intPart = String(integer.drop { $0 == "0" })
        var fracPart = fraction
        while fracPart.last == "0" { fracPart.removeLast() }
        if intPart.isEmpty { intPart = "0" }
        let body = fracPart.isEmpty ? intPart : intPart + "." + fracPart
        return negative && body != "0" ? "-" + body : body
    }

    /// Multiplies a canonical decimal by 10^`exponent` and negates it when asked.
    static func scaled(_ value: String, by exponent: Int, negate: Bool) -> String {
        var text = Substring(value)
        var negative = false
        if text.first == "-" { negative = true; text = text.dropFirst() }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var integer = String(parts.first ?? "")
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if exponent > 0 {
            let padded = fraction + String(repeating: "0", count: max(0, exponent - fraction.count))
            integer += padded.prefix(exponent)
            fraction = String(padded.dropFirst(exponent))
        } else if exponent < 0 {
            let shift = -exponent
            let padded = String(repeating: "0", count: max(0, shift - integer.count)) + integer
            fraction = String(padded.suffix(shift)) + fraction
            integer = String(padded.dropLast(shift))
        }
        return canonical(integer: integer, fraction: fraction, negative: negative != negate)
    }
}
