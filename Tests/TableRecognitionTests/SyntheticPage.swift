import TickmarkModel

/// Builds test pages word by word: each line is a baseline and words placed by their left edge,
/// Helvetica-like widths (0.5 em per character, 9 pt font), or right-aligned on a column edge.
struct SyntheticPage {
    static let fontSize = 9.0
    private(set) var words: [Word] = []
    private var baseline = 100.0

    /// Starts the next line 12 pt lower.
    mutating func newLine() { baseline += 12 }

    /// Words of `text` laid out from `x`, one space (0.25 em) apart.
    mutating func text(_ text: String, at x: Double, bold: Bool = false) {
        var left = x
        for piece in text.split(separator: " ") {
            let width = Double(piece.count) * 0.5 * Self.fontSize
            words.append(word(String(piece), x0: left, x1: left + width, bold: bold))
            left += width + 0.25 * Self.fontSize
        }
    }

    /// One word whose right edge is `right` (numbers in a column).
    mutating func number(_ text: String, right: Double) {
        let width = Double(text.count) * 0.5 * Self.fontSize
        words.append(word(text, x0: right - width, x1: right, bold: false))
    }

    private func word(_ text: String, x0: Double, x1: Double, bold: Bool) -> Word {
        Word(text: text, bbox: BoundingBox(x0: x0, y0: baseline - Self.fontSize, x1: x1, y1: baseline + 2),
             fontSize: Self.fontSize, isBold: bold)
    }

    func page(_ number: Int = 1) -> Page { Page(number: number, width: 612, height: 792, words: words) }
}
