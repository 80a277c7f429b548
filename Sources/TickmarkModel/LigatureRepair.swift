/// Restores the letters of an "fi", "fl", "ff", "ffi" or "ffl" ligature that a PDF's text layer
/// dropped ("Gross pro t" → "Gross profit", " nancing activities" → "financing activities",
/// "Cash ows" → "Cash flows"), for matching only: printed labels and IDs keep the text as printed.
///
/// A fragment is repaired only when it is not itself a known word and the repaired form is one
/// of the known words of financial statements below, so ordinary text passes through unchanged.
public enum LigatureRepair {
    /// The ligatures, longest first so "e ect" becomes "effect" rather than a shorter miss.
    private static let ligatures = ["ffi", "ffl", "fi", "fl", "ff"]

    /// Words of financial statements that print a ligature. Words whose ligature-less remainder is
    /// a common word ("filed" → "led", "fit" → "t") are left out on purpose.
    private static let knownWords: Set<String> = [
        "affiliate", "affiliated", "affiliates", "benefit", "benefits", "certificate", "certificates",
        "classified", "deficit", "deficits", "defined", "definite", "difference", "differences", "different",
        "effect", "effective", "effects", "efficiency", "final", "finance", "financed", "finances", "financial",
        "financing", "financings", "firm", "first", "fiscal", "fixed", "flow", "flows", "fluctuations",
        "identifiable", "indefinite", "inflows", "insufficient", "modified", "nonqualified", "office", "officer",
        "officers", "offices", "offering", "offerings", "offset", "offsets", "outflows", "profit", "profitability",
        "profits", "qualified", "reclassification", "reclassifications", "reclassified", "refinanced",
        "refinancing", "significant", "specific", "staff", "sufficient", "tariffs", "traffic",
    ]

    /// The ligature dropped from a known word, by what the text layer kept of it: the letters
    /// before and after the gap, lowercased and joined by a space ("pro t" → "fi"; "" before
    /// a missing word start, " nancing" → "fi"). Where several ligatures fit, the first of
    /// `ligatures` wins.
    private static let droppedLigature: [String: String] = {
        var dropped: [String: String] = [:]
        for ligature in ligatures {
            for word in knownWords {
                let letters = Array(word.utf8), gap = Array(ligature.utf8)
                for start in letters.indices where letters[start...].starts(with: gap) {
                    let key = String(decoding: letters[..<start], as: UTF8.self) + " "
                        + String(decoding: letters[(start + gap.count)...], as: UTF8.self)
                    if dropped[key] == nil { dropped[key] = ligature }
                }
            }
        }
        return dropped
    }()

    /// What can follow a gap: the lowercased letters after the ligature in some known word.
    private static let gapTails = Set(droppedLigature.keys.map { String($0.split(separator: " ", omittingEmptySubsequences: false)[1]) })

    /// `text` with dropped ligatures restored; unchanged when nothing needs repair.
    public static func repaired(_ text: String) -> String {
        var tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var i = 0
        var changed = false
        while i < tokens.count {
            // A gap inside a word: "pro" + "t" → "profit".
            if i + 1 < tokens.count, let joined = join(tokens[i], tokens[i + 1]) {
                tokens[i] = joined
                tokens.remove(at: i + 1)
                changed = true
                continue
            }
            // A missing word start: a fragment after a space or at the start ("nancing" → "financing").
            if let restored = restoreStart(tokens[i]) {
                tokens[i] = restored
                changed = true
            }
            i += 1
        }
        return changed ? tokens.joined(separator: " ") : text
    }

    /// The two tokens joined by a ligature when that makes a known word and they are not both words.
    private static func join(_ left: String, _ right: String) -> String? {
        guard let a = left.last, a.isLetter, let b = right.first, b.isLetter else { return nil }
        let tail = leadingLetters(right).lowercased()
        guard gapTails.contains(tail) else { return nil }
        let head = trailingLetters(left)
        let lowerHead = head.lowercased()
        if knownWords.contains(lowerHead) && knownWords.contains(tail) { return nil }
        guard let ligature = droppedLigature[lowerHead + " " + tail] else { return nil }
        return left + cased(ligature, like: head + leadingLetters(right)) + right
    }

    /// The token with its missing ligature start restored, or nil.
    private static func restoreStart(_ token: String) -> String? {
        let word = leadingLetters(token.drop { !$0.isLetter })
        guard word.count >= 2 else { return nil }
        let lower = word.lowercased()
        guard gapTails.contains(lower), !knownWords.contains(lower), let ligature = droppedLigature[" " + lower] else { return nil }
        let prefix = token.prefix { !$0.isLetter }
        return prefix + cased(ligature, like: word) + token.dropFirst(prefix.count)
    }

    /// Upper case when the word around it is printed in capitals ("PRO T" → "PROFIT").
    private static func cased(_ ligature: String, like word: String) -> String {
        word.count >= 2 && word.allSatisfy(\.isUppercase) ? ligature.uppercased() : ligature
    }

    private static func leadingLetters<S: StringProtocol>(_ s: S) -> String { String(s.prefix { $0.isLetter }) }

    private static func trailingLetters(_ s: String) -> String {
        String(s[(s.lastIndex { !$0.isLetter }.map(s.index(after:)) ?? s.startIndex)...])
    }
}
