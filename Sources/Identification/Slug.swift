import Foundation

/// Turns printed text into the lowercase, dash-separated form used in IDs.
public enum Slug {
    /// `"Purchases of property, plant and equipment (PP&E)"` → `purchases-of-property-plant-and-equipment-pp-and-e`.
    /// Apostrophes vanish (`shareholders’` → `shareholders`), accents fold, other marks become dashes.
    public static func make(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var out = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
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
