import TickmarkModel

/// Content anchors for passages (`doc:text:<anchor>`), from what the source prints: the page
/// and the passage's first words, so that finding one more passage or table elsewhere renames
/// nothing.
///
/// - PDF: `p{page}.{slug of its first words}` (`p12.we-design-manufacture-and-market-smartphones`).
/// - HTML, inline XBRL (no pages): the slug of its first words alone.
/// - `passage` when its first words print no letter or digit a slug keeps.
/// - A repeat of an anchor (on the same page for a PDF, in the document otherwise) takes `.2`,
///   `.3` … in printed order: the one positional rule.
enum PassageAnchors {
    /// Words of the passage's start that name it.
    static let words = 8
    /// Longest slug of those words kept in an anchor.
    static let maxLength = 64

    static func anchors(_ passages: [Passage]) -> [String] {
        var seen: [String: Int] = [:]
        return passages.map { passage in
            let start = passage.text.split(separator: " ", maxSplits: words, omittingEmptySubsequences: true)
                .prefix(words).joined(separator: " ")
            let slug = TableAnchors.slug(start, length: maxLength)
            let base = (passage.locator.page.map { "p\($0)." } ?? "") + (slug.isEmpty ? "passage" : slug)
            return TableAnchors.numbered(base, &seen)
        }
    }
}
