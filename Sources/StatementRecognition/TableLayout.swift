import TickmarkModel

/// How a table splits into header rows (column headings), title rows (label-only lines above
/// the headings) and body rows, and which columns hold values.
struct TableLayout: Sendable {
    /// Label-only rows above the column headings ("3M Company and Subsidiaries", "(Millions)"),
    /// and a scale line printed just under them.
    var titleRows: [TableRow]
    /// Rows of column headings (periods), top to bottom.
    var headerRows: [TableRow]
    /// Statement rows: values, section headings and totals.
    var bodyRows: [TableRow]
    /// Columns (never 0, the label column) that print amounts, left to right. Columns printing
    /// only percentages are left out.
    var valueColumns: [Int]

    init(_ table: Table) {
        let rows = table.rows
        let firstAmountRow = rows.firstIndex { row in
            row.cells.contains { $0.column > 0 && PrintedText.isAmount($0.text) && !PrintedText.isDash($0.text) }
        } ?? rows.count
        let lastHeaderRow = rows[..<firstAmountRow].lastIndex(where: Self.mayBeHeading)
        let firstHeaderRow = rows[..<firstAmountRow].firstIndex(where: Self.mayBeHeading)
        if var firstHeaderRow, let lastHeaderRow {
            // A statement title printed across the value columns (a cell of its own) is a title.
            while firstHeaderRow < lastHeaderRow, Self.isTitleRow(rows[firstHeaderRow]) { firstHeaderRow += 1 }
            titleRows = Array(rows[..<firstHeaderRow])
            headerRows = Array(rows[firstHeaderRow...lastHeaderRow])
            bodyRows = Array(rows[(lastHeaderRow + 1)...])
        } else {
            titleRows = []
            headerRows = []
            bodyRows = rows
        }
        // "(In millions except per share data)" printed under the headings belongs to them.
        while let row = bodyRows.first, row.cells.count == 1, let text = row.cell(at: 0)?.text,
              ScaleReader.scale(in: [text]) != .units {
            titleRows.append(row)
            bodyRows.removeFirst()
        }
        // Component headings only (no year over any column): the components run across.
        let componentsAcross = !headerRows.flatMap(\.cells).contains { cell in
            cell.column > 0 && PrintedText.words(cell.text).contains { PrintedText.year(in: $0) != nil }
        }
        valueColumns = Self.valueColumns(of: bodyRows, headedBy: componentsAcross ? headerRows.last : nil,
                                         columnCount: table.columnCount)
        bodyRows = withoutRepeatedHeadings(bodyRows)
        let headings = headerTexts()
        let noteColumns = Set(headerRows.flatMap(\.cells).filter { $0.column > 0 && Self.isNoteHeading($0.text) }
            .flatMap { $0.column...$0.lastColumn })
        valueColumns = zip(valueColumns, headings).filter { !Self.isChangeHeading($0.1) && !noteColumns.contains($0.0) }.map(\.0)
    }

    /// `rows` without the column headings a table prints again over a second block of lines (a
    /// release's "3 Months Ended December … 12 Months Ended December" / "2006  2005  2006  2005"
    /// repeated halfway down): a row printing only the headings' years over the value columns,
    /// and the label-only line of period words just above it, are not statement lines.
    private func withoutRepeatedHeadings(_ rows: [TableRow]) -> [TableRow] {
        let headingYears = headerRows.flatMap(\.cells).filter { $0.column > 0 }.compactMap { PrintedText.year(in: $0.text) }
        guard !headingYears.isEmpty else { return rows }
        var kept: [TableRow] = []
        for row in rows {
            let values = row.cells.filter { $0.column > 0 && !$0.text.trimmingSpaces.isEmpty }
            let years = values.compactMap { PrintedText.year(in: $0.text) }
            guard values.count >= 2, years.count == values.count, label(of: row).isEmpty,
                  Set(years).isSubset(of: headingYears) else {
                kept.append(row)
                continue
            }
            if let above = kept.last, above.cells.allSatisfy({ $0.column == 0 }), Self.namesPeriodsOnly(label(of: above)) {
                kept.removeLast()
            }
        }
        return kept
    }

    /// "3 Months Ended December 12 Months Ended December": words of period headings only.
    private static func namesPeriodsOnly(_ text: String) -> Bool {
        let words = PrintedText.words(text)
        return !words.isEmpty && DateReader.length(in: words) != nil
            && words.allSatisfy { word in
                word.allSatisfy(\.isNumber) || DateReader.dates(in: [word]).first?.month != nil
                    || ["months", "month", "weeks", "week", "ended", "ending", "year", "years", "quarter", "three", "six",
                        "nine", "twelve", "fiscal", "for", "the"].contains(word)
            }
    }

    /// "Notes", "Note": the column of note references (`6`, `7,34`, `2(o)`) that IFRS filers
    /// print between the labels and the values; its numbers are not amounts.
    static func isNoteHeading(_ heading: String) -> Bool {
        let words = PrintedText.words(heading)
        return words == ["note"] || words == ["notes"]
    }

    /// A row that prints something other than dashes over the value columns: a row of dashes
    /// ("None issued and outstanding  —  —", "Revenues  $ -  $ -") is a body row.
    private static func mayBeHeading(_ row: TableRow) -> Bool {
        row.cells.contains { $0.column > 0 && !$0.text.trimmingSpaces.isEmpty && !PrintedText.isDash($0.text) }
    }

    /// A row of one cell, right of the labels, that names a statement.
    private static func isTitleRow(_ row: TableRow) -> Bool {
        let cells = row.cells.filter { !$0.text.trimmingSpaces.isEmpty }
        guard cells.count == 1, cells[0].column > 0, let verdict = StatementClassifier.verdict(title: cells[0].text) else { return false }
        return verdict != .rejected
    }

    /// "Inc/ (Dec)", "% Change", "Variance": a column comparing periods, not a period.
    static func isChangeHeading(_ heading: String) -> Bool {
        let words = PrintedText.words(heading)
        let squashed = PrintedText.squashed(heading)
        return heading.contains("%") || words.contains("change") || words.contains("variance")
            || squashed.contains("incdec") || squashed.contains("increasedecrease") || words.contains("percent")
    }

    private static func valueColumns(of rows: [TableRow], headedBy heading: TableRow?, columnCount: Int) -> [Int] {
        guard columnCount > 1 else { return [] }
        let counts = (1..<columnCount).map { column -> (column: Int, amounts: Int) in
            let texts = rows.compactMap { row in row.cells.first { $0.lastColumn == column && $0.column > 0 }?.text }
                .filter { !$0.trimmingSpaces.isEmpty }
            let amounts = texts.filter(PrintedText.isAmount)
            // A column of labels that caught a stray number is not a value column, nor is a
            // column of percentages.
            guard amounts.count * 2 > texts.count else { return (column, 0) }
            let percentages = amounts.filter(PrintedText.isPercentage)
            return (column, percentages.count * 2 < amounts.count ? amounts.count : 0)
        }
        // A column holding a footnote mark or two beside real value columns is not one either;
        // but a column under a component heading of its own (`heading`, the bottom heading row of
        // a table with components across) that prints a few amounts is: a wide equity statement's
        // share count, par value or treasury stock column, filled on its balance rows and on a
        // movement or two.
        let most = counts.map(\.amounts).max() ?? 0
        let headed = Set(heading?.cells.filter { $0.column > 0 && $0.span == 1 && !$0.text.trimmingSpaces.isEmpty }.map(\.column) ?? [])
        return counts.filter { $0.amounts > 0 && ($0.amounts * 4 >= most || ($0.amounts >= 3 && headed.contains($0.column))) }
            .map(\.column)
    }

    /// The body cell of a row that prints in value column `column` (a cell that spans
    /// several columns counts for the last one, where amounts are right-aligned).
    static func valueCell(of row: TableRow, column: Int) -> TableCell? {
        row.cells.first { $0.column > 0 && $0.lastColumn == column && !$0.text.trimmingSpaces.isEmpty }
    }

    /// The stacked header text above each value column: for each header row, its n-th cell when
    /// the row has one per value column, else the cell covering the column, else the nearest cell to its left within the value area (a heading printed
    /// once over a group of columns), else the nearest to its right.
    func headerTexts() -> [String] {
        valueColumns.enumerated().map { position, column in
            headerRows.compactMap { row -> String? in
                let cells = row.cells.filter { $0.column > 0 && !$0.text.trimmingSpaces.isEmpty && !Self.isNoteHeading($0.text) }
                    .sorted { $0.column < $1.column }
                if Self.isSplitHeading(cells) { return cells.map { $0.text.trimmingSpaces }.joined(separator: " ") }
                // One heading per value column: taken in order, whatever columns they sit over.
                if cells.count == valueColumns.count { return cells[position].text.trimmingSpaces }
                if let covering = cells.first(where: { $0.column <= column && column <= $0.lastColumn }) {
                    return covering.text.trimmingSpaces
                }
                guard cells.count < valueColumns.count else { return nil }
                let left = cells.filter { $0.lastColumn < column }.max { $0.lastColumn < $1.lastColumn }
                let right = cells.filter { $0.column > column }.min { $0.column < $1.column }
                if let left, let right, Self.namesLength(left.text), Self.namesLength(right.text),
                   let leftGap = gap(left, column), let rightGap = gap(right, column), rightGap < leftGap {
                    // Between two period groups, the heading printed nearer ("For the nine"
                    // set right-aligned over the last column of its group).
                    return right.text.trimmingSpaces
                }
                guard let nearest = left ?? right else { return nil }
                // A component word stacked over one column of a wide equity statement ("Additional" /
                // "Paid-In" / "Capital" over the paid-in capital amounts) names only the columns it is
                // printed over, not its neighbours; a period heading names its whole group.
                if !Self.namesPeriod(nearest.text), let distance = gap(nearest, column), distance > 0 { return nil }
                return nearest.text.trimmingSpaces
            }.joined(separator: " ")
        }
    }

    /// A heading that names a period: a length, a year or a date ("Year Ended", "2023", "December 31,").
    private static func namesPeriod(_ text: String) -> Bool {
        let words = PrintedText.words(text)
        return namesLength(text) || words.contains { PrintedText.year(in: $0) != nil }
            || DateReader.dates(in: words).contains { $0.month != nil }
    }

    /// A heading that names a period length ("For the three", "months ended", "Year Ended").
    private static func namesLength(_ text: String) -> Bool {
        let words = PrintedText.words(text)
        return DateReader.length(in: words) != nil || words.contains { ["three", "six", "nine", "twelve", "months"].contains($0) }
    }

    /// Horizontal distance between a heading and the amounts of a value column (PDF boxes
    /// only; nil for markup).
    private func gap(_ heading: TableCell, _ column: Int) -> Double? {
        guard let box = heading.locator.bbox else { return nil }
        let boxes = bodyRows.compactMap { Self.valueCell(of: $0, column: column)?.locator.bbox }
        guard let x0 = boxes.map(\.x0).min(), let x1 = boxes.map(\.x1).max() else { return nil }
        return max(0, box.x0 - x1, x0 - box.x1)
    }

    /// One heading over all columns that the table cut in two: "Balance at" | "December 31,".
    static func isSplitHeading(_ cells: [TableCell]) -> Bool {
        guard cells.count == 2, let last = PrintedText.words(cells[0].text).last,
              ["at", "ended", "ending", "of", "as"].contains(last) else { return false }
        // "Three Months Ended" | "Nine Months Ended" are two headings: neither prints the date.
        return !cells[0].text.contains(where: \.isNumber) && cells[1].text.contains(where: \.isNumber)
    }

    /// The printed label of a body row: its column-0 cell, or else text cells left of the
    /// value columns that the table builder put in a column of their own.
    func label(of row: TableRow) -> String {
        let cells = labelCells(of: row)
        if cells.count == 1, cells[0].column == 0 { return PrintedText.cleanLabel(cells[0].text) }
        return PrintedText.cleanLabel(cells.map { $0.text.trimmingSpaces }.joined(separator: " "))
    }

    /// The cells printing the row's label: the label column's, else the text cells outside the
    /// value columns.
    func labelCells(of row: TableRow) -> [TableCell] {
        if let cell = row.cell(at: 0), !cell.text.trimmingSpaces.isEmpty { return [cell] }
        return row.cells.filter { cell in
            cell.column > 0 && !valueColumns.contains(cell.lastColumn) && !PrintedText.isAmount(cell.text)
        }
    }

    /// Texts of the header rows' label cells ("Fiscal Years Ended", "(Millions, except per share amounts)").
    var headerLabelTexts: [String] {
        headerRows.compactMap { $0.cell(at: 0)?.text.trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// All header row texts, label and value cells, in reading order.
    var allHeaderTexts: [String] {
        (titleRows + headerRows).flatMap { row in row.cells.map { $0.text.trimmingSpaces } }.filter { !$0.isEmpty }
    }
}
