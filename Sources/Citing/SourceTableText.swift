import CorpusStore

extension CitedTable {
    /// The table as the source printed it, as aligned text: one line per printed row, each cell
    /// in its column (a cell spanning columns sits in its first), then every cell a fact was read
    /// from, with its cell ID and the fact IDs.
    public func rendered() -> String {
        let rows = Dictionary(grouping: cells, by: \.row).sorted { $0.key < $1.key }.map(\.value)
        let columns = (cells.map(\.col).max() ?? -1) + 1
        let grid = rows.map { row in
            (0..<columns).map { col in row.first { $0.col == col }.map { Self.oneLine($0.text) } ?? "" }
        }
        let widths = (0..<columns).map { col in min(grid.map { $0[col].count }.max() ?? 0, col == 0 ? 60 : 24) }
        var out = "\(id)\n  document  \(document.entity ?? "?")  \(document.form ?? "")  \(document.file)"
            + (pages == "[]" ? "" : "   pages \(pages)") + "\n  locator   \(locator)\n\n"
        for line in grid {
            out += zip(line, widths).enumerated().map { col, pair in
                let text = pair.0.count > pair.1 ? String(pair.0.prefix(pair.1 - 1)) + "…" : pair.0
                return TextColumns.pad(text, pair.1, left: col == 0)
            }.joined(separator: "  ") + "\n"
        }
        let read = cells.filter { facts[$0.id] != nil }
        if !read.isEmpty {
            out += "\ncells read as facts\n"
            for cell in read {
                out += "  \(cell.id)  \(Self.oneLine(cell.text))\n" + facts[cell.id, default: []].map { "      → \($0)\n" }.joined()
            }
        }
        return out
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

/// `cite show` of a cell ID: the cell, its row as printed, and the facts read from it.
public struct CellDetail: Sendable, Codable, Equatable {
    public var cell: CitedCell
    /// The texts of the cell's row, left to right.
    public var printedRow: [String]
    public var facts: [CitedFact]

    /// The cell `id` of document `document`; nil when unknown.
    public static func load(_ id: String, document: String, from corpus: SQLiteCorpus) throws(CorpusError) -> CellDetail? {
        guard let cell = try corpus.cell(id) else { return nil }
        return CellDetail(cell: cell, printedRow: try corpus.printedRow(ofCell: id), facts: try corpus.facts(ofCell: id, document: document))
    }
}
