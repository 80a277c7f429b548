import TickmarkModel

/// Cuts a page's glyphs into words: maximal runs of non-space characters, also split where two
/// neighbouring glyphs on one line stand far apart (numbers placed in columns without a space)
/// or where the text jumps to another line. Footnote marks glued to a word are dropped.
struct WordBuilder {
    /// A gap wider than this many font sizes between two glyphs splits a word.
    var splitGapInFontSizes = 0.8
    /// A space poppler reports between two letters closer than this is ignored.
    var spuriousSpaceInFontSizes = 0.18

    func words(from glyphs: [Glyph]) -> [Word] {
        var words: [Word] = []
        var run: [Glyph] = []
        var spaceBefore = false
        var inMark = false
        for glyph in glyphs {
            if glyph.isSpace {
                spaceBefore = true
                inMark = false
                continue
            }
            if inMark && glyph.isDigit { continue }
            inMark = false
            if !spaceBefore, let previous = run.last, isFootnoteMark(glyph, after: previous) {
                inMark = true
                continue
            }
            if let previous = run.last,
               startsNewWord(glyph, after: previous) || (spaceBefore && !isSpuriousSpace(between: previous, and: glyph)) {
                flush(&run, into: &words)
            }
            spaceBefore = false
            run.append(glyph)
        }
        flush(&run, into: &words)
        return words
    }

    /// Poppler sometimes puts a space inside a word whose last letter is set a little apart
    /// ("Incom e", "Shee t" in 3M's titles); letters closer than a real word space stay one word.
    private func isSpuriousSpace(between previous: Glyph, and glyph: Glyph) -> Bool {
        let size = previous.fontSize ?? (previous.y1 - previous.y0)
        let gap = glyph.x0 - previous.x1
        let sameLine = abs(glyph.y1 - previous.y1) < 0.1 * size
        return sameLine && previous.scalar.properties.isAlphabetic && glyph.scalar.properties.isLowercase
            && gap > -0.05 * size && gap < spuriousSpaceInFontSizes * size
    }

    private func startsNewWord(_ glyph: Glyph, after previous: Glyph) -> Bool {
        let size = previous.fontSize ?? (previous.y1 - previous.y0)
        let sameLine = abs((glyph.y0 + glyph.y1) / 2 - (previous.y0 + previous.y1) / 2) < max(size, 1) / 2
        guard sameLine else { return true }
        let gap = glyph.x0 - previous.x1
        return gap > splitGapInFontSizes * size || glyph.x1 < previous.x0
    }

    /// A digit set smaller or raised right after a letter is a footnote mark glued to its word
    /// ("Interest income¹" printed as "income1"): it is left out of the word.
    private func isFootnoteMark(_ glyph: Glyph, after previous: Glyph) -> Bool {
        guard glyph.isDigit, previous.scalar.properties.isAlphabetic,
              let size = previous.fontSize, let digitSize = glyph.fontSize,
              glyph.x0 - previous.x1 < 0.3 * size else { return false }
        return digitSize < 0.85 * size || glyph.y1 < previous.y1 - 0.2 * size
    }

    private func flush(_ run: inout [Glyph], into words: inout [Word]) {
        guard let first = run.first else { return }
        var box = BoundingBox(x0: first.x0, y0: first.y0, x1: first.x1, y1: first.y1)
        var text = String.UnicodeScalarView()
        var boldCount = 0
        var fontSize = first.fontSize
        for glyph in run {
            box = box.union(BoundingBox(x0: glyph.x0, y0: glyph.y0, x1: glyph.x1, y1: glyph.y1))
            text.append(glyph.scalar)
            if glyph.isBold { boldCount += 1 }
            if let size = glyph.fontSize { fontSize = max(fontSize ?? size, size) }
        }
        words.append(Word(text: String(text), bbox: box, fontSize: fontSize ?? box.height,
                          isBold: boldCount * 2 > run.count))
        run.removeAll(keepingCapacity: true)
    }
}
