import TickmarkModel

/// Reads a table printed as preformatted text (an old EDGAR filing's SGML `<TABLE>` with
/// `<S>`/`<C>` marks and no rows or cells) into the shared `Table`. Amounts are found by shape
/// at the right end of each line; columns by where amounts end, numbers being right-aligned, so
/// a character column plays the part of an x position.
struct TextTableBuilder {
    /// Right edges this close (in characters) are one column: `(43)` ends a character after `1,212`.
    private static let edgeTolerance = 2
    /// Spaces that separate a label from the first amount (a label's own words are one apart).
    static let columnGap = 2
    /// Indent (in the row's indent units) beyond which a heading line stands over a value column.
    private static let headingIndent = 10

    /// A printed word, the character columns it occupies and its UTF-8 offsets in the table's text.
    struct Token {
        var text: String
        var start: Int
        var end: Int
        var bytes: Range<Int> = 0..<0
    }

    /// A line split into its label and its amounts.
    struct TextLine {
        var labelTokens: [Token]
        var indent: Int
        var amounts: [Token]
        /// Column headings printed over the amounts ("3 Months Ended December", "Change").
        var headings: [Token] = []

        var label: String { labelTokens.map(\.text).joined(separator: " ") }

        /// Whether the line prints an amount (not only years, dashes or signs).
        var printsAmount: Bool { amounts.contains { TextTableBuilder.kind(of: $0.text) == .amount } }
    }

    /// The kind of a printed word; an amount marked with asterisks (`5.12*`, split-adjusted) is an amount.
    static func kind(of text: String) -> TokenKind {
        let unmarked = String(text.reversed().drop { $0 == "*" }.reversed())
        return TokenClassifier.kind(of: unmarked.isEmpty ? text : unmarked)
    }

    /// The table, or nil when no line prints an amount. `place` gives the document's text range
    /// of a range of UTF-8 offsets in `text` (a cell's `Locator.textRange`).
    func build(_ text: String, path: String, index: Int, place: (Range<Int>) -> TextRange? = { _ in nil }) -> Table? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).compactMap {
            Self.line(String($0), offset: text.utf8.distance(from: text.startIndex, to: $0.startIndex))
        }
        guard lines.contains(where: { !$0.amounts.isEmpty }) else { return nil }
        // In the heading, words printed far right without amounts are kept when they date the
        // columns or give the scale ("(DOLLARS IN MILLIONS"); others ("number" under "Note",
        // component names) are not.
        let body = lines.firstIndex(where: \.printsAmount) ?? lines.endIndex
        let valueArea = (lines[body...].flatMap(\.amounts).map(\.start).min() ?? 0) - Self.columnGap
        lines = lines.enumerated().compactMap { index, line in
            guard index < body, line.amounts.isEmpty, line.indent >= Self.headingIndent, !Self.namesScale(line.label) else { return line }
            return Self.namesPeriod(line.labelTokens) ? Self.headingLine(line, valueArea: valueArea) : nil
        }
        lines = Self.joiningWrappedLabels(Self.labellingYearHeadings(Self.droppingNoteReferences(lines)))
        // Columns are where the numbers below the headings end (a dash for nothing is often
        // centred under its column, a year over it); headings are placed over them.
        let firstBodyLine = lines.firstIndex(where: \.printsAmount) ?? 0
        let numbers = lines[firstBodyLine...].flatMap { $0.amounts.filter { $0.text.contains(where: \.isNumber) } }
        let edges = Self.columnEdges((numbers.isEmpty ? lines.flatMap(\.amounts) : numbers).map(\.end))
        let rows = lines.enumerated().map { rowIndex, line in
            var cells: [TableCell] = []
            func locator(_ column: Int, _ tokens: Token...) -> Locator {
                let bytes = (tokens.map(\.bytes.lowerBound).min() ?? 0)..<(tokens.map(\.bytes.upperBound).max() ?? 0)
                return Locator(path: path, table: index, row: rowIndex, col: column, textRange: bytes.isEmpty ? nil : place(bytes))
            }
            if !line.label.isEmpty, let first = line.labelTokens.first, let last = line.labelTokens.last {
                cells.append(TableCell(text: line.label, column: 0, locator: locator(0, first, last)))
            }
            for amount in line.amounts {
                let column = rowIndex < firstBodyLine ? Self.headingColumn(amount, edges: edges)
                    : (edges.firstIndex { amount.end <= $0 } ?? edges.count - 1) + 1
                guard !cells.contains(where: { $0.column == column }) else { continue }
                cells.append(TableCell(text: amount.text, column: column, locator: locator(column, amount)))
            }
            for heading in line.headings {
                let column = Self.headingColumn(heading, edges: edges)
                if let same = cells.firstIndex(where: { $0.column == column }) {
                    cells[same].text += " " + heading.text
                } else {
                    cells.append(TableCell(text: heading.text, column: column, locator: locator(column, heading)))
                }
            }
            return TableRow(cells: cells, indent: line.indent)
        }
        return Table(index: index, pages: [], rows: rows, columnCount: edges.count + 1, locator: Locator(path: path, table: index))
    }

    /// A heading line printed over the amounts, its words grouped by the spaces between them;
    /// nil when nothing stands over the amounts (a word under the notes column: "number").
    private static func headingLine(_ line: TextLine, valueArea: Int) -> TextLine? {
        var groups: [Token] = []
        for token in line.labelTokens {
            if let last = groups.last, token.start - last.end < columnGap {
                groups[groups.count - 1] = Token(text: last.text + " " + token.text, start: last.start, end: token.end,
                                                 bytes: last.bytes.lowerBound..<token.bytes.upperBound)
            } else {
                groups.append(token)
            }
        }
        let headings = groups.filter { $0.start >= valueArea }
        guard !headings.isEmpty else { return nil }
        return TextLine(labelTokens: groups.filter { $0.start < valueArea }, indent: line.indent, amounts: [], headings: headings)
    }

    /// Words of a heading line that dates its columns ("Three Months Ended", "December 31,",
    /// "2006  2005  Change"); other heading words (component names) are not kept.
    private static let periodWords: Set<String> = [
        "ended", "ending", "month", "months", "week", "weeks", "year", "years", "quarter", "period", "change",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    private static func namesPeriod(_ tokens: [Token]) -> Bool {
        tokens.contains { token in
            let word = token.text.lowercased().filter(\.isLetter)
            return periodWords.contains(word) || TokenClassifier.kind(of: token.text) == .year
        }
    }

    /// The column of a heading: the one it ends at when right-aligned like the amounts and no
    /// wider than that column, else the first it stands over (a heading centred over several
    /// columns heads them from there).
    private static func headingColumn(_ heading: Token, edges: [Int]) -> Int {
        if let aligned = edges.firstIndex(where: { abs($0 - heading.end) <= edgeTolerance }),
           aligned == 0 || heading.start > edges[aligned - 1] {
            return aligned + 1
        }
        return (edges.firstIndex { heading.start <= $0 } ?? edges.count - 1) + 1
    }

    /// "(DOLLARS IN MILLIONS", "in thousands": a heading line that gives the amounts' scale.
    private static func namesScale(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["thousands", "millions", "billions"].contains(where: lowered.contains)
    }

    /// Nil for blank lines and rules (`-------`, `=====`); `offset` is the line's UTF-8 offset in the table's text.
    static func line(_ raw: String, offset: Int = 0) -> TextLine? {
        let tokens = tokens(raw, offset: offset)
        guard !tokens.isEmpty, !tokens.allSatisfy({ $0.text.allSatisfy { "-=_".contains($0) } }) else { return nil }
        var first = tokens.count
        // Amounts stand two spaces apart, or one after a `$`: "1996 - 2,179,066" is label text.
        while first > 0, isValue(tokens[first - 1].text),
              first == tokens.count || tokens[first].start - tokens[first - 1].end >= columnGap
                || TokenClassifier.kind(of: tokens[first - 1].text) == .detachedSymbol {
            first -= 1
        }
        // The leftmost amount must stand apart from the label ("December 31, 1999" is a label).
        while first < tokens.count, first > 0, tokens[first].start - tokens[first - 1].end <= columnGap - 1 { first += 1 }
        var labelTokens = Array(tokens[..<first])
        // A note reference printed in a column of its own ("Real estate   1(a)   2,116").
        if labelTokens.count > 1, let last = labelTokens.last, last.text.count <= 5, last.text.contains(where: \.isNumber),
           last.start - labelTokens[labelTokens.count - 2].end > columnGap {
            labelTokens.removeLast()
        }
        let amounts = tokens[first...].filter { TokenClassifier.kind(of: $0.text) != .detachedSymbol }
        return TextLine(labelTokens: labelTokens, indent: (tokens[0].start + 1) / 2, amounts: Array(amounts))
    }

    /// An amount, a year heading a column, a `$` printed apart from its number, or the `--`
    /// typewritten filings print for nothing.
    private static func isValue(_ text: String) -> Bool {
        switch kind(of: text) {
        case .amount, .year, .detachedSymbol: true
        default: text == "--"
        }
    }

    /// Whitespace-separated words with their character columns (tabs stop every 8 characters)
    /// and UTF-8 offsets (from `offset`).
    private static func tokens(_ raw: String, offset: Int) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var start = 0
        var column = 0
        var byte = offset
        var startByte = offset
        for character in raw {
            if character == " " || character == "\t" || character == "\r" || character == "\u{A0}" {
                if !current.isEmpty { tokens.append(Token(text: current, start: start, end: column, bytes: startByte..<byte)) }
                current = ""
                column = character == "\t" ? (column / 8 + 1) * 8 : column + 1
            } else {
                if current.isEmpty { (start, startByte) = (column, byte) }
                current.append(character)
                column += 1
            }
            byte += character.utf8.count
        }
        if !current.isEmpty { tokens.append(Token(text: current, start: start, end: column, bytes: startByte..<byte)) }
        return tokens
    }

    /// The right edge of each column: amount ends grouped when within `edgeTolerance` of the previous.
    private static func columnEdges(_ ends: [Int]) -> [Int] {
        var edges: [Int] = []
        for end in Set(ends).sorted() {
            if let last = edges.last, end - last <= edgeTolerance {
                edges[edges.count - 1] = end
            } else {
                edges.append(end)
            }
        }
        return edges
    }
}
