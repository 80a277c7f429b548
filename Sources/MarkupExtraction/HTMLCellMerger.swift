/// EDGAR table quirks: symbols printed in cells of their own, and empty spacer columns.
enum HTMLCellMerger {
    /// Texts that belong to the number on their right (`$`, `$(`, `(`).
    private static let leadingSymbols: Set<String> = ["$", "US$", "€", "£", "¥", "(", "$(", "$ (", "($", "( $"]
    /// Texts that belong to the number on their left (`)`, `%`, `)%`).
    private static let trailingSymbols: Set<String> = [")", "%", ")%", "%)", "pts", "bps"]

    /// Joins `$` cells to the next filled cell and `)`/`%` cells to the previous one.
    static func joinSymbolCells(_ row: HTMLTableBuilder.RawRow) -> HTMLTableBuilder.RawRow {
        var cells = row.cells
        var pending: [Int] = []  // symbol cells waiting for their number
        var lastFilled: Int?
        for i in cells.indices {
            let text = cells[i].text
            guard !text.isEmpty else { continue }
            if leadingSymbols.contains(text) {
                pending.append(i)
            } else if trailingSymbols.contains(text), let previous = lastFilled, pending.isEmpty {
                cells[previous].text += text
                cells[i].text = ""
            } else {
                cells[i].text = pending.map { cells[$0].text }.joined() + text
                for symbol in pending { cells[symbol].text = "" }
                pending = []
                lastFilled = i
            }
        }
        var joined = row
        joined.cells = cells
        return joined
    }

    /// Raw columns that hold text, renumbered from 0.
    struct ColumnMap {
        /// Raw column → new column, for kept columns.
        var newColumn: [Int: Int]
        var count: Int

        /// The cell's first kept column and how many kept columns it spans.
        func place(_ cell: HTMLTableBuilder.RawCell) -> (column: Int, span: Int)? {
            let kept = (cell.column..<(cell.column + cell.span)).compactMap { newColumn[$0] }
            guard let first = kept.first else { return nil }
            return (first, kept.count)
        }
    }

    /// Keeps every raw column where a one-column cell prints text; a wider filled cell that covers
    /// no such column keeps its last column (numbers are right-aligned).
    static func keptColumns(_ rows: [HTMLTableBuilder.RawRow]) -> ColumnMap {
        var anchored: Set<Int> = []
        for row in rows {
            for cell in row.cells where cell.span == 1 && !cell.text.isEmpty { anchored.insert(cell.column) }
        }
        for row in rows {
            for cell in row.cells where cell.span > 1 && !cell.text.isEmpty {
                let covered = cell.column..<(cell.column + cell.span)
                if !covered.contains(where: anchored.contains) { anchored.insert(covered.upperBound - 1) }
            }
        }
        var map: [Int: Int] = [:]
        for (position, column) in anchored.sorted().enumerated() { map[column] = position }
        return ColumnMap(newColumn: map, count: anchored.count)
    }
}
