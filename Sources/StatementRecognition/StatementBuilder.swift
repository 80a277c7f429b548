import TickmarkModel

/// Builds one `RecognizedStatement` from a group of tables: periods from the column headings,
/// scale and currency from the header text, rows with sections and totals.
struct StatementBuilder: Sendable {
    var metadata: DocumentMetadata
    /// Period ends printed in full elsewhere in the document.
    var fiscalYearEnds = FiscalYearEnds(dates: [])
    /// The currency other than USD the document declares for all its amounts, if any.
    var declaredCurrency: String?

    private var isAnnualDocument: Bool {
        guard let form = metadata.form?.uppercased() else { return false }
        return form.hasPrefix("10-K") || form.hasPrefix("20-F") || form.hasPrefix("40-F")
    }

    func build(_ group: ContinuationJoiner.Group) -> (statement: RecognizedStatement, diagnostics: [Diagnostic]) {
        let first = group.first
        let (layout, headers, partColumns) = Self.columnSets(group)
        let page = first.table.pages.first
        let headerText = layout.allHeaderTexts
        let context = (first.titleLines + layout.headerLabelTexts).joined(separator: " ")
        let parser = PeriodHeaderParser(kind: group.kind, context: context,
                                        documentPeriodEnd: metadata.periodEnd, isAnnualDocument: isAnnualDocument,
                                        fiscalYearEnds: fiscalYearEnds)
        var (columns, diagnostics) = parser.columns(headers: headers, page: page)
        if group.kind == .equity, columns.contains(where: { $0.period?.key == nil }) {
            // Most equity statements print components across and periods down the rows.
            columns = headers.map { PeriodColumn(header: $0, period: nil) }
            diagnostics = []
        }
        if layout.valueColumns.isEmpty {
            diagnostics.append(Diagnostic(code: "statement-without-values",
                                          message: "\(group.kind.rawValue): no value columns", page: page))
        }
        let scale = ScaleReader.scale(in: first.titleLines + headerText)
        let firstValues = layout.bodyRows.prefix(3).flatMap { $0.cells.map(\.text) }
        // A `$` printed beside the amounts (kept apart from the cell text) names the currency too.
        let printedSign = group.parts.lazy.flatMap(\.layout.bodyRows).flatMap(\.cells).compactMap(\.currencySign).first
        let currency = ScaleReader.currency(in: first.titleLines + headerText + firstValues + (printedSign.map { [$0] } ?? []),
                                            declared: declaredCurrency)
        let partRows = group.parts.enumerated().map { index, part -> [TableRow] in
            if index == 0 { return Self.headingRows(first.leadingSections, of: part) + part.layout.bodyRows }
            let samePage = part.table.pages.first == group.parts[index - 1].table.pages.last
            // A heading line of the components printed apart over a later block is no section.
            let componentWords = Set(first.headings.flatMap(PrintedText.words))
            let headings = samePage ? part.textAbove.filter { line in
                StatementCandidate.isSectionLine(line) && !Set(PrintedText.words(line)).isSubset(of: componentWords)
            } : []
            return Self.headingRows(headings, of: part) + Self.aligned(part.layout, to: partColumns[index])
        }
        let reader = SectionReader(layout: layout)
        var rows = reader.rows(partRows.flatMap { $0 })
        if columns.count != layout.valueColumns.count {
            columns = layout.valueColumns.map { _ in PeriodColumn(header: "", period: nil) }
        }
        let columnKeys = columns.compactMap { $0.period?.key }
        if group.kind == .equity, Set(columnKeys).count < columnKeys.count, RowPeriodReader.hasRowPeriods(rows),
           headers.count == columns.count {
            // Components under one heading naming the block's period ("Three Months Ended July 31,
            // 2023"), balances dated down the rows: the rows give the periods.
            columns = headers.map { PeriodColumn(header: $0, period: nil) }
            diagnostics.removeAll { $0.code == "period-columns-repeat" }
        }
        if group.kind == .equity, columns.allSatisfy({ $0.period?.key == nil }), RowPeriodReader.hasRowPeriods(rows) {
            let dated = RowPeriodReader.dated(rows, statementTitle: first.title ?? "", page: page,
                                              periodEnds: fiscalYearEnds.headingDates)
            rows = dated.rows
            diagnostics += dated.diagnostics
        }
        if group.kind == .equity, columns.allSatisfy({ $0.period?.key == nil }), !RowPeriodReader.hasRowPeriods(rows),
           let spans = Self.blockSpans(group), case let counts = partRows.map({ reader.rows($0).count }),
           counts.reduce(0, +) == rows.count {
            // Stacked yearly blocks, each headed by its period, balances undated: a block's rows
            // take its span (the balances its ends, when normalized).
            var offset = 0
            for (count, span) in zip(counts, spans) {
                for index in offset..<(offset + count) { rows[index].period = span }
                offset += count
            }
        }
        let pages = Array(Set(group.parts.flatMap(\.table.pages))).sorted()
        let statement = RecognizedStatement(kind: group.kind, title: first.title ?? "", pages: pages, scale: scale,
                                            currency: currency, columns: columns, rows: rows,
                                            tableIndexes: group.parts.map(\.table.index))
        return (statement, diagnostics)
    }

    /// The statement's layout and column headings, and the statement columns each part's value
    /// columns fill: a part printing the first table's headings (or none of its own) fills the
    /// first table's columns; an equity statement's second column group (`continuesColumns`), or
    /// a later block printing that group's headings, fills columns of its own after them.
    private static func columnSets(_ group: ContinuationJoiner.Group) -> (TableLayout, [String], [[Int]]) {
        var layout = group.first.layout
        var headers = group.first.headings
        var sets: [(headings: [String], columns: [Int])] = [(headers, layout.valueColumns)]
        var partColumns = [layout.valueColumns]
        for (index, part) in group.parts.enumerated().dropFirst() {
            let width = part.layout.valueColumns.count
            if let known = sets.first(where: { $0.headings == part.headings && $0.columns.count == width }) {
                partColumns.append(known.columns)
            } else if group.kind == .equity, part.continuesColumns(of: group.parts[index - 1]), part.headings.count == width {
                let next = (layout.valueColumns.max() ?? 0) + 1
                let added = Array(next..<(next + width))
                layout.valueColumns += added
                headers += part.headings
                sets.append((part.headings, added))
                partColumns.append(added)
            } else {
                partColumns.append(group.first.layout.valueColumns)
            }
        }
        return (layout, headers, partColumns)
    }

    /// Each part's block period: its own heading's span, else the previous part's; nil unless the
    /// first part names one.
    private static func blockSpans(_ group: ContinuationJoiner.Group) -> [PeriodSpan]? {
        var spans: [PeriodSpan] = []
        for part in group.parts {
            guard let span = part.blockSpan ?? spans.last else { return nil }
            spans.append(span)
        }
        return spans
    }

    /// Label-only rows for heading lines printed as text between a statement's tables.
    private static func headingRows(_ lines: [String], of part: StatementCandidate) -> [TableRow] {
        lines.map { TableRow(cells: [TableCell(text: $0, column: 0, locator: part.table.locator)]) }
    }

    /// A continuation table's body rows with its value columns renumbered to the first
    /// table's, column by column from the left.
    private static func aligned(_ layout: TableLayout, to columns: [Int]) -> [TableRow] {
        let mapping = Dictionary(uniqueKeysWithValues: zip(layout.valueColumns, columns))
        return layout.bodyRows.map { row in
            var row = row
            row.cells = row.cells.compactMap { cell in
                guard cell.column > 0 else { return cell }
                guard let target = mapping[cell.lastColumn] else { return nil }
                var moved = cell
                moved.column = target
                moved.span = 1
                return moved
            }
            return row
        }
    }
}
