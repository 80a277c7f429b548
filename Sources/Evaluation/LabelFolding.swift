/// Folds printed labels so that the gold label and ours compare equal despite typography:
/// case, runs of whitespace, dot leaders, curly vs straight quotes, dash variants and a
/// trailing colon.
public enum LabelFolding {
    /// `"Net sales . . . . . :"` → `"net sales"`; `"Shareholders’ equity"` → `"shareholders' equity"`.
    public static func fold(_ label: String) -> String {
        var text = ""
        for scalar in label.lowercased().unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}", "`": text += "'"
            case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}": text += "\""
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "-": text += " - "
            case "\u{2026}": text += "..."
            default: text.unicodeScalars.append(scalar)
            }
        }
        var words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init).filter { !isDotLeader($0) }
        // A leader glued to the last word ("sales.....:") and a trailing colon go.
        while var last = words.popLast() {
            while last.hasSuffix(":") { last.removeLast() }
            let trailingDots = last.reversed().prefix(while: { $0 == "." }).count
            if trailingDots >= 2 { last.removeLast(trailingDots) }
            while last.hasSuffix(":") { last.removeLast() }
            if !last.isEmpty && !isDotLeader(last) {
                words.append(last)
                break
            }
        }
        return words.joined(separator: " ")
    }

    /// A word made only of dots (a piece of a `. . . .` leader).
    private static func isDotLeader(_ word: String) -> Bool {
        !word.isEmpty && word.allSatisfy { $0 == "." }
    }
}
