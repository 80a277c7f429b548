import TickmarkModel

/// A table that may be a primary statement, with the text printed above it.
struct StatementCandidate: Sendable {
    var table: Table
    var layout: TableLayout
    /// Text lines printed just above the table (same page), top to bottom, then the table's
    /// own title rows.
    var titleLines: [String]
    /// The text lines between the previous table and this one on the same page.
    var textAbove: [String]
    /// What the title says, nil when no line names a statement.
    var verdict: StatementClassifier.Verdict?
    /// The line that named the statement, as printed.
    var title: String?
    /// The stacked heading of each value column: from the table's header rows, or, when the
    /// table builder left the headings out, from the text line above that prints one year or
    /// date per value column ("(In millions) 2021 2020").
    var headings: [String]
    /// Label-only text lines printed between those headings and the table ("Assets",
    /// "Current assets:"): the first sections of the statement.
    var leadingSections: [String]
    /// True when the last "Item N" heading before the table is the financial statements item
    /// (Item 8 of a 10-K, Item 1 of a 10-Q).
    var isInStatementsItem: Bool
    /// True for a table that a document-level rule reads as a statement though its title names
    /// none (an earnings release's results table, an equity note's roll-forward): each such
    /// table is a whole statement of its own, continuing no table and continued by none.
    var standsAlone = false

    var kind: StatementKind? {
        switch verdict {
        case .statement(let kind), .parentOnly(let kind): kind
        case .rejected, nil: nil
        }
    }

    /// True when this table prints more components of `previous`'s rows: on the same page, under
    /// headings of its own (not the same headings for another date), the same row labels in the
    /// same order.
    func continuesColumns(of previous: StatementCandidate) -> Bool {
        let labels = { (c: StatementCandidate) in c.layout.bodyRows.map(c.layout.label(of:)).filter { !$0.isEmpty } }
        let undated = { (c: StatementCandidate) in
            Set(c.headings.flatMap(PrintedText.words).filter { word in
                !word.contains(where: \.isNumber) && DateReader.dates(in: [word]).first?.month == nil
            })
        }
        guard let page = table.pages.first, page == previous.table.pages.last, !headings.isEmpty else { return false }
        return undated(self) != undated(previous) && labels(self).count >= 3 && labels(self) == labels(previous)
    }

    /// The period a block's heading lines name as a span ("FY2023 (January 1, 2023 to December
    /// 31, 2023)"), or nil.
    var blockSpan: PeriodSpan? {
        for line in (textAbove + titleLines).reversed() {
            if let range = DateReader.range(in: PrintedText.words(line)) {
                return PeriodSpan(kind: .duration, end: range.end, start: range.start)
            }
        }
        return nil
    }

    /// True when the text over this table is `statement`'s page heading with another title in
    /// the title's place: the same entity and scale lines around "Capital Management" where the
    /// statement's page printed "Consolidated Balance Sheet". Financial supplements head every
    /// page so; such a page prints a table of its own, not the statement's continuation.
    func headsItsOwnPage(unlike statement: StatementCandidate) -> Bool {
        let (mine, theirs) = (textAbove.map(PrintedText.squashed), statement.textAbove.map(PrintedText.squashed))
        guard !saysContinued, !statement.entityLines.isEmpty, mine.count == theirs.count, let title = statement.title,
              let place = theirs.firstIndex(of: PrintedText.squashed(title)) else { return false }
        return zip(mine, theirs).enumerated().allSatisfy { index, lines in (index == place) == (lines.0 != lines.1) }
    }

    /// True when a title line says the table continues one before it.
    var saysContinued: Bool { titleLines.contains { PrintedText.squashed($0).contains("continued") } }

    /// Title-block lines that name the reporting entity ("PG&E Corporation"), squashed.
    var entityLines: [String] {
        let entityWords: Set<String> = ["company", "corporation", "corp", "inc", "llc", "plc", "ltd", "limited",
                                        "subsidiaries", "group", "holdings", "incorporated", "lp", "nv", "sa", "ag"]
        return titleLines.filter { line in
            line != title && StatementClassifier.verdict(title: line) == nil
                && PrintedText.words(line).contains(where: entityWords.contains)
        }.map(PrintedText.squashed).sorted()
    }

    /// Builds the candidate for the table at `position` in `blocks`, reading the text blocks
    /// between the previous table and this one.
    init(table: Table, position: Int, blocks: [Block], isInStatementsItem: Bool) {
        self.table = table
        self.isInStatementsItem = isInStatementsItem
        layout = TableLayout(table)
        var above: [String] = []
        var index = position - 1
        let page = table.pages.first
        while index >= 0, above.count < 8 {
            guard case .text(let text) = blocks[index] else { break }
            if let page, let textPage = text.locator.page, textPage != page { break }
            let line = text.text.trimmingSpaces
            // Running text is never part of a title block.
            if !line.isEmpty, line.count <= 160 { above.insert(line, at: 0) }
            index -= 1
        }
        let ownTitles = layout.titleRows.map { row in row.cells.map { $0.text.trimmingSpaces }.joined(separator: " ").trimmingSpaces }
            .filter { !$0.isEmpty }
        textAbove = above
        // A sentence ends what belongs to the table before ("… an integral part of this statement.").
        let titleAbove = above.lastIndex(where: Self.endsSentence).map { Array(above[($0 + 1)...]) } ?? above
        titleLines = titleAbove + ownTitles
        // Some filers print the title in the heading rows' label cell.
        (verdict, title) = Self.verdict(of: titleLines + layout.headerLabelTexts)
        headings = layout.headerTexts()
        leadingSections = []
        if layout.headerRows.isEmpty, let found = Self.headingLine(in: titleAbove, columns: layout.valueColumns.count) {
            headings = found.headings
            leadingSections = titleAbove[(found.line + 1)...].filter(Self.isSectionLine)
        }
    }

    /// A line of four words or more ending with a full stop that is not an abbreviation ("Inc.").
    static func endsSentence(_ line: String) -> Bool {
        guard line.hasSuffix("."), !line.hasSuffix("..") else { return false }
        let words = line.split(separator: " ")
        guard words.count >= 4, let last = words.last?.dropLast().lowercased() else { return false }
        return !["inc", "co", "corp", "ltd", "plc", "llc", "n.v", "s.a", "l.p", "cos"].contains(last)
    }

    /// The last line that prints exactly one year per value column, and those years with
    /// the month and day printed beside them.
    private static func headingLine(in lines: [String], columns: Int) -> (line: Int, headings: [String])? {
        guard columns > 0 else { return nil }
        for index in lines.indices.reversed() {
            let dates = DateReader.dates(in: PrintedText.words(lines[index])).filter { $0.year != nil }
            guard dates.count == columns else { continue }
            return (index, dates.map(\.text))
        }
        return nil
    }

    /// A short label-only line that is neither a scale phrase nor a statement title.
    static func isSectionLine(_ line: String) -> Bool {
        line.count <= 80 && ScaleReader.scale(in: [line]) == .units && StatementClassifier.verdict(title: line) == nil
            && !line.unicodeScalars.contains { ("0"..."9").contains($0) }
    }

    /// The nearest line to the table that names a statement or rejects the table decides;
    /// any parent-company-only heading in the block makes it a Schedule I statement.
    private static func verdict(of lines: [String]) -> (StatementClassifier.Verdict?, String?) {
        for line in lines.reversed() {
            guard let verdict = StatementClassifier.verdict(title: line) else { continue }
            if case .statement(let kind) = verdict, lines.contains(where: StatementClassifier.isParentOnlyHeading) {
                return (.parentOnly(kind), line)
            }
            return (verdict, line)
        }
        return (nil, nil)
    }
}
