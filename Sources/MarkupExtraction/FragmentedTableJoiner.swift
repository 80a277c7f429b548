import TickmarkModel

/// Some filings (UK Companies House accounts, a few EDGAR converters) print every line of a
/// statement as its own `<table>`. Consecutive one- or two-row tables with value columns are
/// joined into one table (value cells aligned on the right), with single short headings
/// between them ("CURRENT ASSETS") kept as rows. Two headings in a row, a long one-column text,
/// any text block or a bigger table ends the run. A one-column table left alone is a frame
/// around text: it becomes text blocks.
enum FragmentedTableJoiner {
    /// Headings longer than this are running text, not a statement's section line.
    private static let headingLength = 50

    /// The blocks with fragment runs joined and every table (re)numbered in reading order.
    static func join(_ blocks: [Block]) -> [Block] {
        var output: [Block] = []
        var group: [Table] = []    // starts with a table that has value columns
        var headings: [Table] = [] // one-column tables after the group's last value table
        func closeGroup() {
            if group.filter({ $0.columnCount > 1 }).count >= 3 {
                output.append(.table(merged(group)))
            } else {
                output += group.flatMap(unframed)
            }
            output += headings.flatMap(unframed)
            group = []
            headings = []
        }
        for block in blocks {
            guard case .table(let table) = block, table.rows.count <= 2 else {
                closeGroup()
                output += unframed(block)
                continue
            }
            if table.columnCount > 1 {
                if group.isEmpty { output += headings.flatMap(unframed); headings = [] }
                group += headings + [table]
                headings = []
            } else if !group.isEmpty, headings.isEmpty, isHeading(table) {
                headings = [table]
            } else {
                closeGroup()
                output += unframed(table)
            }
        }
        closeGroup()
        return renumbered(output)
    }

    private static func isHeading(_ table: Table) -> Bool {
        table.rows.count == 1 && (table.rows.first?.cells.first?.text.count ?? 0) <= headingLength
    }

    /// A one-column table as text blocks; anything else as it is.
    private static func unframed(_ block: Block) -> [Block] {
        guard case .table(let table) = block else { return [block] }
        return unframed(table)
    }

    private static func unframed(_ table: Table) -> [Block] {
        guard table.columnCount == 1 else { return [.table(table)] }
        return table.rows.flatMap(\.cells).map { .text(TextBlock(text: $0.text, locator: Locator(path: $0.locator.path))) }
    }

    /// Rows of all fragments; value columns counted from the right so that they line up.
    private static func merged(_ fragments: [Table]) -> Table {
        let width = fragments.map(\.columnCount).max() ?? 1
        var rows: [TableRow] = []
        for fragment in fragments {
            let shift = width - fragment.columnCount
            let hasLabel = fragment.rows.contains { $0.cell(at: 0)?.text.contains(where: \.isLetter) == true }
            for row in fragment.rows {
                var shifted = row
                shifted.cells = row.cells.map { cell in
                    var moved = cell
                    if !(hasLabel && cell.column == 0) { moved.column += shift }
                    return moved
                }
                rows.append(shifted)
            }
        }
        return Table(index: fragments[0].index, pages: [], rows: rows, columnCount: width, locator: fragments[0].locator)
    }

    /// Tables numbered 0, 1, … in order, with their cells' locators following.
    private static func renumbered(_ blocks: [Block]) -> [Block] {
        var next = 0
        return blocks.map { block in
            guard case .table(var table) = block else { return block }
            table.index = next
            table.locator.table = next
            for r in table.rows.indices {
                for c in table.rows[r].cells.indices {
                    table.rows[r].cells[c].locator.table = next
                    table.rows[r].cells[c].locator.row = r
                    table.rows[r].cells[c].locator.col = table.rows[r].cells[c].column
                }
            }
            next += 1
            return .table(table)
        }
    }
}
