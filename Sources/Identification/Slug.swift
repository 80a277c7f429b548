import Foundation

/// Turns printed text into the lowercase, dash-separated form used in IDs.
public enum Slug {
    /// `"Purchases of property, plant and equipment (PP&E)"` → `purchases-of-property-plant-and-equipment-pp-and-e`.
    /// Apostrophes vanish (`shareholders’` → `shareholders`), accents fold, other marks become dashes.
    public static func make(_ text: String) -> String {
        // ASCII text folds to its lowercase: no need for Foundation's folding, the slow part.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let folded = isASCII ? text : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var out = ""
        var pendingDash = false
        for var scalar in folded.unicodeScalars {
            if isASCII, ("A"..."Z").contains(scalar) { scalar = Unicode.Scalar(scalar.value | 0x20)! }
            switch scalar {
            case "'", "\u{2019}", "\u{2018}", "`":
                continue
            case "&":
                out += out.isEmpty ? "and" : "-and"
                pendingDash = true
            case "a"..."z", "0"..."9":
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            default:
                pendingDash = true
            }
        }
        return out
    }
}
