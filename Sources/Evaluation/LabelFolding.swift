/// Folds printed labels so that the gold label and ours compare equal despite typography:
/// case, runs of whitespace, dot leaders, curly vs straight quotes, dash variants, a
/// trailing colon, note references in parentheses and parentheses around a single word.
public enum LabelFolding {
    /// `"Net sales . . . . . :"` → `"net sales"`; `"Shareholders’ equity"` → `"shareholders' equity"`;
    /// `"Sales (C & E)"` → `"sales"`; `"Net (loss)"` → `"net loss"`.
    public static func fold(_ label: String) -> String {
        var text = ""
        for scalar in foldingParentheses(label.lowercased()).unicodeScalars {
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

    /// The label without its note references in parentheses — lettered or numbered notes
    /// ("(C & E)", "(D)", "(1)", "(notes 25 and 26)"), which filers print beside a line and
    /// readers drop — and with a single word in parentheses unwrapped: "Net (loss)" is the
    /// printed convention for "Net loss" as in "Net income (loss)".
    private static func foldingParentheses(_ label: String) -> String {
        var out = ""
        var rest = Substring(label)
        while let open = rest.firstIndex(of: "(") {
            out += rest[..<open]
            let inside = rest[rest.index(after: open)...]
            guard let close = inside.firstIndex(where: { $0 == ")" || $0 == "(" }), inside[close] == ")" else {
                out += rest[open...open]
                rest = inside
                continue
            }
            let words = inside[..<close].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" })
            if isNoteReference(words) {
                out += " "
            } else if words.count == 1, words[0].allSatisfy(\.isLetter) {
                out += " " + words[0] + " "
            } else {
                out += rest[open...close]
            }
            rest = inside[inside.index(after: close)...]
        }
        return out + rest
    }

    /// "c & e", "d", "1", "notes 25 and 26": single letters or note numbers, joined by `&`/`and`,
    /// optionally after "note"/"notes".
    private static func isNoteReference(_ words: [Substring]) -> Bool {
        var references = words
        if let first = references.first, first == "note" || first == "notes" { references.removeFirst() }
        let marks = references.filter { $0 != "&" && $0 != "and" }
        return !marks.isEmpty && marks.allSatisfy { mark in
            (mark.count == 1 && mark.allSatisfy(\.isLetter)) || (mark.count <= 2 && mark.allSatisfy(\.isNumber))
        }
    }
}
