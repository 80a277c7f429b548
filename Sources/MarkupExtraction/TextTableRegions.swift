import TickmarkModel

/// Finds the tables that old EDGAR filings type as plain lines of text, with no SGML `<TABLE>`
/// around them: runs of lines whose amounts stand in columns at the right, with at most a few
/// headings, blank lines and rules between them.
enum TextTableRegions {
    /// A piece of laid-out text: one printed line, or the lines of one table with the UTF-8
    /// offset of its first line in the text the lines were split from.
    enum Piece: Equatable {
        case line(String)
        case table(String, start: Int)
    }

    /// Lines of amounts a run needs to be a table (a lone page number is not one).
    private static let minimumAmountLines = 3
    /// Label-only lines that may stand between two lines of amounts ("LIABILITIES AND
    /// SHAREHOLDERS' EQUITY", "Current Liabilities"); more end the table.
    private static let maximumLabelLinesBetween = 4
    /// A line this long that ends a sentence is running text, never part of a table.
    private static let sentenceLength = 50

    /// `lines` (as printed, in order, substrings of one text) split into text lines and tables.
    static func pieces(_ lines: [Substring]) -> [Piece] {
        let amountLines = lines.indices.filter { isAmountLine(lines[$0]) }
        var pieces: [Piece] = []
        var next = lines.startIndex
        var runStart = 0
        while runStart < amountLines.count {
            var runEnd = runStart
            while runEnd + 1 < amountLines.count, joins(lines[(amountLines[runEnd] + 1)..<amountLines[runEnd + 1]]) {
                runEnd += 1
            }
            if runEnd - runStart + 1 >= minimumAmountLines {
                let first = headingStart(of: amountLines[runStart...runEnd], in: lines, after: next)
                let last = amountLines[runEnd]
                pieces += lines[next..<first].map { .line(String($0)) }
                let base = lines[first].base
                pieces.append(.table(lines[first...last].joined(separator: "\n"),
                                     start: base.utf8.distance(from: base.startIndex, to: lines[first].startIndex)))
                next = last + 1
            }
            runStart = runEnd + 1
        }
        pieces += lines[next...].map { .line(String($0)) }
        return pieces
    }

    /// The first line of a table whose lines of amounts are `amountLines`: the column headings
    /// printed over the amounts ("Three Months Ended", "September 30,", "1997  1996") belong to
    /// it; the first line with words left of the amounts (a title, a scale) does not.
    private static func headingStart(of amountLines: ArraySlice<Int>, in lines: [Substring], after floor: Int) -> Int {
        let valueArea = amountLines.compactMap { TextTableBuilder.line(String(lines[$0]))?.amounts.first?.start }.min() ?? 0
        var first = amountLines.first ?? floor
        var candidate = first
        while candidate > floor {
            let above = lines[candidate - 1]
            let printed = String(above).foldedWhitespace
            if !printed.isEmpty && !isRule(printed) {
                let indent = above.prefix { $0 == " " || $0 == "\t" }.count
                guard indent >= valueArea - TextTableBuilder.columnGap, !above.contains("\t") else { break }
                first = candidate - 1
            }
            candidate -= 1
        }
        return first
    }

    /// A line that prints at least one amount standing apart from its label. The header of an
    /// EDGAR submission ("FILED AS OF DATE:  20080220") prints keys and numbers, not amounts.
    private static func isAmountLine(_ line: Substring) -> Bool {
        guard line.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) || line.contains("-"),
              let parsed = TextTableBuilder.line(String(line)), !parsed.label.hasSuffix(":") else { return false }
        return parsed.amounts.contains { TextTableBuilder.kind(of: $0.text) == .amount && !isCode($0.text) }
            && !isSentence(parsed.label)
    }

    /// Five digits or more without a thousands separator: a date, a number or a code, not an amount.
    private static func isCode(_ text: String) -> Bool {
        text.count >= 5 && text.allSatisfy(\.isNumber)
    }

    /// Whether the lines between two lines of amounts keep them in one table.
    private static func joins(_ between: ArraySlice<Substring>) -> Bool {
        let printed = between.map { String($0).foldedWhitespace }.filter { !$0.isEmpty && !isRule($0) }
        return printed.count <= maximumLabelLinesBetween && !printed.contains(where: isSentence)
    }

    private static func isSentence(_ text: String) -> Bool {
        text.count >= sentenceLength && text.hasSuffix(".")
    }

    private static func isRule(_ text: String) -> Bool {
        text.allSatisfy { "-=_ ".contains($0) }
    }
}
