import TickmarkModel

/// Builds small `Block` documents the way the table builders deliver them.
struct SyntheticDocument {
    private(set) var blocks: [Block] = []
    private var tableCount = 0

    /// Appends a block as it is; a table is renumbered to follow the tables before it.
    mutating func append(_ block: Block) {
        if case .table(var table) = block {
            table.index = tableCount
            tableCount += 1
            blocks.append(.table(table))
        } else {
            blocks.append(block)
        }
    }

    /// A text line on `page`.
    mutating func text(_ line: String, page: Int = 1) {
        blocks.append(.text(TextBlock(text: line, locator: .pdf(page: page, bbox: BoundingBox(x0: 0, y0: 0, x1: 100, y1: 10)))))
    }

    /// A table on `page`; each row lists its cells by column ("" = nothing printed there).
    /// A leading ">" per level indents the label; a cell "a|2" spans two columns.
    mutating func table(page: Int = 1, _ rows: [[String]]) {
        let columnCount = rows.map(\.count).max() ?? 0
        let tableRows = rows.map { texts in
            var label = texts.first ?? ""
            var indent = 0
            while label.hasPrefix(">") { label.removeFirst(); indent += 1 }
            var cells: [TableCell] = []
            for (column, raw) in ([label] + texts.dropFirst()).enumerated() where !raw.isEmpty {
                let parts = raw.split(separator: "|", omittingEmptySubsequences: false)
                let span = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
                cells.append(TableCell(text: String(parts[0]), column: column, span: span,
                                       locator: .pdf(page: page, bbox: BoundingBox(x0: Double(column) * 100, y0: 0, x1: Double(column) * 100 + 50, y1: 10))))
            }
            return TableRow(cells: cells, indent: indent)
        }
        append(.table(Table(index: tableCount, pages: [page], rows: tableRows, columnCount: columnCount,
                             locator: .pdf(page: page, bbox: BoundingBox(x0: 0, y0: 0, x1: 500, y1: 500)))))
    }
}

extension RecognizedStatement {
    /// The row with this label.
    func row(_ label: String) -> RecognizedRow? { rows.first { $0.label == label } }

    /// Period keys of the columns, "?" where unread.
    var periodKeys: [String] { columns.map { $0.period?.key ?? "?" } }
}
