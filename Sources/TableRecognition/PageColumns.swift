import TickmarkModel

/// Splits a page set in two text columns (a 10-Q's prose on the left, a table on the right)
/// into its columns, so that a line of prose is not read as the label of the table beside it.
/// A page is two-column when a vertical gutter near its middle is crossed by (almost) no word
/// and both sides carry prose (a statement page's gutter has labels left and numbers right).
struct PageColumns {
    /// Words allowed to cross the gutter (a centred page number, a full-width footnote mark).
    var maximumCrossingWords = 3
    /// Lines of bare numbers right of the gutter that show it cuts through a table.
    var maximumBareNumberLines = 3
    /// Lines of prose each column needs.
    var minimumProseLines = 8

    /// The page's words by column, left column first; one group for a one-column page.
    func columns(of page: Page) -> [[Word]] {
        guard page.width > 0, page.words.count > 40, let gutter = gutter(of: page) else { return [page.words] }
        let left = page.words.filter { $0.bbox.midX < gutter }
        let right = page.words.filter { $0.bbox.midX >= gutter }
        guard hasProse(left), hasProse(right), !cutsThroughTable(right) else { return [page.words] }
        return [left, right]
    }

    /// The middle of the widest run of x positions in the middle band of the page crossed by
    /// the fewest words, if few enough.
    private func gutter(of page: Page) -> Double? {
        let step = 2.0
        let xs = Array(stride(from: (0.3 * page.width).rounded(), through: 0.7 * page.width, by: step))
        let crossings = xs.map { x in page.words.count { $0.bbox.x0 < x && $0.bbox.x1 > x } }
        guard let fewest = crossings.min(), fewest <= maximumCrossingWords else { return nil }
        var best: (start: Int, length: Int) = (0, 0)
        var runStart: Int?
        for (index, count) in crossings.enumerated() {
            if count == fewest {
                let start = runStart ?? index
                runStart = start
                if index - start + 1 > best.length { best = (start, index - start + 1) }
            } else {
                runStart = nil
            }
        }
        return xs[best.start] + Double(best.length - 1) * step / 2
    }

    /// The gutter runs between a full-width table's labels and its values: lines on the right
    /// with numbers and no text.
    private func cutsThroughTable(_ rightWords: [Word]) -> Bool {
        let numbersOnly = LineGrouper().lines(of: rightWords).count { line in
            line.isValueLine && line.segments.allSatisfy(\.isNumeric)
        }
        return numbersOnly >= maximumBareNumberLines
    }

    /// Enough lines of running text (five words or more, hardly any numbers) to be a column of
    /// prose rather than a table's labels or values.
    private func hasProse(_ words: [Word]) -> Bool {
        let lines = LineGrouper().lines(of: words)
        let prose = lines.count { line in
            line.words.count >= 5 && line.words.count(where: { $0.text.contains { $0.isNumber } }) * 5 < line.words.count
        }
        return prose >= minimumProseLines
    }
}
