import TickmarkModel

/// Turns one `<table>` into the shared `Table` model: row/col spans laid on a grid, `$`, `)`
/// and `%` cells joined to their number, empty spacer columns and rows dropped, inline XBRL
/// facts attached to their cells.
struct HTMLTableBuilder {
    /// Tagged facts by the `ix:nonFraction` element that carries them.
    var factsByNode: [ObjectIdentifier: TaggedFact]

    /// A cell laid on the raw grid (columns as the markup counts them).
    struct RawCell {
        var text: String
        var column: Int
        var span: Int
        var path: String
        /// The numeric facts tagged inside the cell, in document order.
        var facts: [TaggedFact]
        var fact: TaggedFact? { facts.first }
    }

    /// A row before columns are compacted.
    struct RawRow {
        var cells: [RawCell]
        var indent: Int
        var emphasized: Bool
    }

    /// The table, or nil when it prints nothing.
    func build(_ table: MarkupNode, path: String, index: Int) -> Table? {
        let rows = rawRows(table, path: path).map(HTMLCellMerger.joinSymbolCells)
            .filter { row in row.cells.contains { !$0.text.isEmpty } }
        guard !rows.isEmpty else { return nil }
        let columns = HTMLCellMerger.keptColumns(rows)
        let tableRows = rows.enumerated().map { rowIndex, row in
            TableRow(cells: row.cells.compactMap { cell in
                guard !cell.text.isEmpty, let placed = columns.place(cell) else { return nil }
                var locator = Locator(path: cell.path, table: index, row: rowIndex, col: placed.column)
                if let fact = cell.fact { locator = locator.tagged(fact) }
                return TableCell(text: cell.text, column: placed.column, span: placed.span, locator: locator, fact: cell.fact,
                                 facts: cell.facts)
            }, indent: row.indent, emphasized: row.emphasized)
        }
        return Table(index: index, pages: [], rows: tableRows, columnCount: columns.count,
                     locator: Locator(path: path, table: index))
    }

    /// Rows of the table itself (not of nested tables), with spans laid out.
    private func rawRows(_ table: MarkupNode, path: String) -> [RawRow] {
        var rows: [RawRow] = []
        var rowSpans: [Int: Int] = [:] // raw column → rows it is still taken for
        for (tr, trPath) in rowElements(table, path: path) {
            var cells: [RawCell] = []
            var column = 0
            var labelCell: MarkupNode?
            for (td, tdPath) in ElementPath.children(of: tr, parentPath: trPath)
            where td.lowerName == "td" || td.lowerName == "th" {
                while (rowSpans[column] ?? 0) > 0 { column += 1 }
                let span = Self.spanAttribute(td, "colspan")
                let down = Self.spanAttribute(td, "rowspan")
                if down > 1 { for c in column..<(column + span) { rowSpans[c] = down } }
                let text = td.isHidden ? "" : td.renderedText.foldedWhitespace
                if labelCell == nil, !text.isEmpty { labelCell = td }
                cells.append(RawCell(text: text, column: column, span: span, path: tdPath, facts: facts(in: td)))
                column += span
            }
            for (c, left) in rowSpans { rowSpans[c] = left - 1 }
            rowSpans = rowSpans.filter { $0.value > 0 }
            rows.append(RawRow(cells: cells, indent: labelCell.map(HTMLRowStyle.indent) ?? 0,
                               emphasized: labelCell.map(HTMLRowStyle.isEmphasized) ?? false))
        }
        return rows
    }

    /// `tr` children of the table and of its `thead`/`tbody`/`tfoot`, hidden rows left out.
    private func rowElements(_ table: MarkupNode, path: String) -> [(MarkupNode, String)] {
        var rows: [(MarkupNode, String)] = []
        for (child, childPath) in ElementPath.children(of: table, parentPath: path) where !child.isHidden {
            switch child.lowerName {
            case "tr": rows.append((child, childPath))
            case "thead", "tbody", "tfoot": rows += rowElements(child, path: childPath)
            default: continue
            }
        }
        return rows
    }

    /// The numeric `ix:nonFraction` facts inside a cell, in document order.
    private func facts(in cell: MarkupNode) -> [TaggedFact] {
        guard !factsByNode.isEmpty else { return [] }
        var found: [TaggedFact] = []
        cell.forEachElement { node in
            if let fact = factsByNode[ObjectIdentifier(node)], fact.isNumeric { found.append(fact) }
        }
        return found
    }

    private static func spanAttribute(_ node: MarkupNode, _ name: String) -> Int {
        guard let raw = node.attribute(name), let value = Int(raw.foldedWhitespace) else { return 1 }
        return min(max(value, 1), 1000)
    }
}
