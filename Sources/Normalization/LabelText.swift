/// Folds printed labels and headings into a plain form for matching: lowercase ASCII words
/// separated by single spaces ("Net cash provided by (used in) operating activities:" →
/// "net cash provided by (used in) operating activities").
public enum LabelText {
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(text) }
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

    /// `fold` of ASCII text, byte by byte: the same result without Character iteration
    /// ("\r\n", one Character, is two spaces here, and spaces fold to one either way).
    private static func foldASCII(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            let c = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            switch c {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "%"), UInt8(ascii: "$"):
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(c)
            case UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: ","):
                continue
            default:
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
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
