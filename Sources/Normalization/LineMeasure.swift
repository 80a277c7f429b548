import Foundation
import TickmarkModel

/// What a statement line (or a tagged cell) measures: money, an amount per share, a number of
/// shares, or a pure number (a ratio). It decides the unit and whether the statement scale applies.
enum LineMeasure: Sendable, Equatable {
    case money
    case perShare
    case shares
    /// A ratio tagged with the `pure` unit; never read from a label.
    case pure

    /// The measure a tagged unit names (`USD`, `USD/shares`, `shares`, `pure`; see `XBRLUnit.name`),
    /// or nil for any other unit (employees, square feet), which the label then decides.
    static func of(unit: String) -> LineMeasure? {
        let parts = unit.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, isCurrency(parts[0]), parts[1] == "shares" { return .perShare }
        guard parts.count == 1 else { return nil }
        if unit == "shares" { return .shares }
        if unit == "pure" { return .pure }
        return isCurrency(parts[0]) ? .money : nil
    }

    /// An ISO 4217 code: three capital letters.
    private static func isCurrency(_ name: Substring) -> Bool {
        name.count == 3 && name.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// Reads the measure from a row's label and enclosing sections.
    static func of(label: String, section: [String]) -> LineMeasure {
        let text = LabelText.fold(label)
        if text.includes("par value") || text.hasPrefix("common stock") || text.hasPrefix("treasury") {
            return .money
        }
        // "Weighted-average shares used in computing earnings per share" counts shares; "Class B —
        // 1,253 and 1,272 shares outstanding" prints its counts in the label and its dollars beside.
        if mentionsShareCount(text) { return printsCount(label) ? .money : .shares }
        // "-diluted earnings per common share" under "Number of shares used in computing:"
        // counts the shares used for that figure.
        if let innermost = section.last.map(LabelText.fold), mentionsShareCount(innermost), namesEarningsFigure(text) {
            return .shares
        }
        // "Dividends declared ($4.44 per share)", "Cash dividends declared common, $1.72 per share":
        // the label prints the amount per share; the figures beside it are the dividends in total.
        if mentionsPerShare(text) { return printsFigure(label) ? .money : .perShare }
        // "Basic" / "Diluted" (or any other label) under a heading: the innermost telling heading
        // decides; a heading printing its own figure ("Cash dividends declared, per share: $0.82")
        // tells nothing of the rows below.
        for heading in section.reversed().filter({ !printsCount($0) && !printsFigure($0) }).map(LabelText.fold) {
            if mentionsShareCount(heading) { return .shares }
            if mentionsPerShare(heading) { return .perShare }
        }
        return .money
    }

    /// Text that prints a count ("Shares outstanding - 2017: 594,884,237"): a valueless row that
    /// does describes itself and is no heading for the rows below; a label that does names a
    /// class of stock whose value is its dollars.
    private static func printsCount(_ text: String) -> Bool {
        // Counts printed in millions: "Class B — 192.1 and 189.2 shares outstanding".
        if text.range(of: #"\d\s+shares\s+(issued|outstanding)"#, options: .regularExpression) != nil { return true }
        // A decimal digit, a comma, three decimal digits (the pattern `\d,\d{3}`).
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { scalars[i].properties.numericType == .decimal }
        return scalars.indices.dropLast(4).contains { i in
            isDigit(i) && scalars[i + 1] == "," && isDigit(i + 2) && isDigit(i + 3) && isDigit(i + 4)
        }
    }

    /// Text that prints an amount of its own: "$0.82".
    private static func printsFigure(_ text: String) -> Bool {
        text.range(of: #"[$€£¥]\s?\d"#, options: .regularExpression) != nil
    }

    /// "basic earnings per common share", "- diluted": the figure a share count is used for.
    private static func namesEarningsFigure(_ text: String) -> Bool {
        let words = text.split { !$0.isLetter }
        return words.first == "basic" || words.first == "diluted"
    }

    private static func mentionsPerShare(_ text: String) -> Bool {
        ["per share", "per common share", "per basic share", "per diluted share", "per ordinary share",
         "earnings per", "loss per", "eps"].contains { contains(text, word: $0) }
    }

    private static func mentionsShareCount(_ text: String) -> Bool {
        // "Average diluted common shares issued and outstanding"
        if contains(text, word: "average") && contains(text, word: "shares") && !mentionsPerShare(text) { return true }
        return ["shares outstanding", "weighted average shares", "weighted average number of shares",
         "weighted average common shares", "shares used in comput", "shares used to compute",
         "number of shares", "average shares", "common shares outstanding", "shares used in per share"]
            .contains { text.includes($0) }
    }

    /// True when `word` occurs in `text` on word boundaries.
    private static func contains(_ text: String, word: String) -> Bool {
        (" " + text + " ").includes(" " + word + " ")
    }
}

/// The powers of ten a statement header's scale phrase applies to each measure:
/// "(In millions, except per share amounts)", "(in thousands, except share data)",
/// "(in millions; shares in thousands)".
struct ScaleRules: Sendable, Equatable {
    var money: Int
    var shares: Int

    /// Per-share amounts and ratios are never scaled: no filing prints EPS "in millions".
    static let unscaled = 0

    init(_ scale: Scale) {
        money = scale.exponent
        let phrase = LabelText.fold(scale.printed ?? "")
        if let exponent = ScaleRules.explicitShareScale(in: phrase) {
            shares = exponent
        } else if let except = phrase.range(of: "except") {
            // "except per share amounts" keeps shares scaled; "except share and per share data" does not.
            let excepted = phrase[except.upperBound...].replacingOccurrences(of: "per share", with: "")
            shares = excepted.contains("share") ? 0 : scale.exponent
        } else {
            shares = scale.exponent
        }
    }

    /// The exponent for a measure.
    func exponent(for measure: LineMeasure) -> Int {
        switch measure {
        case .money: money
        case .perShare, .pure: ScaleRules.unscaled
        case .shares: shares
        }
    }

    /// "shares in thousands", "share amounts in millions", "number of shares, which are
    /// reflected in thousands" — never the "share" of "per share".
    static func explicitShareScale(in phrase: String) -> Int? {
        let pattern = #"(?<!per )\bshares?\b[a-z ]{0,40}?\bin (thousands|millions|billions|000s|000)\b"#
        guard let range = phrase.range(of: pattern, options: .regularExpression) else { return nil }
        let words = phrase[range]
        if words.contains("billions") { return 9 }
        if words.contains("millions") { return 6 }
        return 3
    }
}
