/// Folds printed labels and headings into a plain form for matching: lowercase ASCII words
/// separated by single spaces ("Net cash provided by (used in) operating activities:" →
/// "net cash provided by (used in) operating activities").
public enum LabelText {
    public static func fold(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for c in text.lowercased() {
            if c.isLetter || c.isNumber || c == "(" || c == ")" || c == "%" || c == "$" {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(c == "’" ? "'" : c)
            } else if c == "'" || c == "’" || c == "." || c == "," {
                continue
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// `fold`, with parenthesised asides removed: "net income (loss)" → "net income".
    public static func foldDroppingAsides(_ text: String) -> String {
        var depth = 0
        var kept = ""
        for c in fold(text) {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 { kept.append(c) }
        }
        return kept.split(separator: " ").joined(separator: " ")
    }
}
