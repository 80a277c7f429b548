import TickmarkModel

/// Small readings of printed text shared by the statement readers: squashed forms for
/// matching titles that PDFs print with broken letter spacing, amounts, years and dates.
enum PrintedText {
    /// Lowercased letters and digits only ("Consolidated Statement of Incom e" →
    /// "consolidatedstatementofincome"), so spacing and punctuation never decide a match.
    static func squashed(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterClass.isLetterOrDigit($0) }.map(Character.init))
    }

    /// Lowercased words of letters and digits, e.g. `["three", "months", "ended", "july", "1", "2023"]`.
    static func words(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: runs of letters and digits, lowercased byte by byte.
            return text.utf8.split { !CharacterClass.isLetterOrDigit(Unicode.Scalar($0)) }
                .map { String(decoding: $0.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self) }
        }
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if CharacterClass.isLetterOrDigit(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Text trimmed of spaces and of dot leaders ("Net sales . . . . ." → "Net sales").
    static func cleanLabel(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last == "." || last == " " || last == "\u{00A0}" || last == "\t" {
            // Keep a single final period after a letter ("Inc.") unless it belongs to a leader.
            if last == ".", scalars.count >= 2, CharacterClass.isLetterOrDigit(scalars[scalars.count - 2]) { break }
            scalars.removeLast()
        }
        var result = String(String.UnicodeScalarView(scalars))
        while result.first == " " || result.first == "\u{00A0}" { result.removeFirst() }
        return result
    }

    /// A printed amount: one number with optional `$ € £ , . ( ) - %` and spaces, and no letters;
    /// a lone dash (nothing) counts too. A bare year ("2018") does not.
    static func isAmount(_ text: String) -> Bool {
        // Labels fail on their first letter, before any copy of the text is made.
        guard text.unicodeScalars.allSatisfy(mayPrintAmount) else { return false }
        let trimmed = text.trimmingSpaces
        if isDash(trimmed) { return true }
        let withoutSigns = trimmed.filter { !"$€£ ".contains($0) && $0 != "\u{00A0}" }
        guard !trimmed.isEmpty, !isYear(withoutSigns) else { return false }
        // Two numbers apart ("31, 2023)" of a wrapped date heading) are not one amount.
        let numberTokens = trimmed.split { $0 == " " || $0 == "\u{00A0}" }.filter { $0.contains { $0.isNumber } }
        guard numberTokens.count <= 1 else { return false }
        var hasDigit = false
        for scalar in trimmed.unicodeScalars {
            if ("0"..."9").contains(scalar) { hasDigit = true; continue }
            if "$€£,.()-%– *".unicodeScalars.contains(scalar) || scalar == "\u{00A0}" { continue }
            return false
        }
        return hasDigit
    }

    /// A dash or em dash printed for "nothing".
    static func isDash(_ text: String) -> Bool {
        guard text.unicodeScalars.allSatisfy(mayPrintAmount) else { return false }
        let t = text.replacingAll(of: "$", with: "").trimmingSpaces
        return ["-", "—", "–", "--", "———", "——"].contains(t)
    }

    /// Whether `scalar` may occur in a printed amount or dash, spaces around it included: a
    /// quick test that turns labels away before the exact ones above.
    private static func mayPrintAmount(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "$", "€", "£", ",", ".", "(", ")", "-", "%", "–", "—", " ", "*", "\u{00A0}", "\t", "\n", "\r": true
        default: false
        }
    }

    /// A percentage ("62.4%", "(0.1%)").
    static func isPercentage(_ text: String) -> Bool {
        let t = text.trimmingSpaces
        return t.hasSuffix("%") || t.hasSuffix("%)")
    }

    /// Four digits between 1950 and 2099, as printed in column headers.
    static func isYear(_ text: String) -> Bool { year(in: text) != nil && text.trimmingSpaces.count == 4 }

    /// The year a whole word states, e.g. "2018" → 2018.
    static func year(in word: String) -> Int? {
        let t = word.trimmingSpaces
        guard t.count == 4, let v = Int(t), (1950...2099).contains(v) else { return nil }
        return v
    }
}

/// Letter and digit tests on Unicode scalars, without Foundation.
enum CharacterClass {
    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) }
        return s.properties.isAlphabetic || ("0"..."9").contains(s)
    }
}

extension String {
    /// Trimmed of spaces, tabs, new lines and no-break spaces at both ends.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{00A0}" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    /// Every occurrence of `target` replaced (Foundation-free).
    func replacingAll(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
