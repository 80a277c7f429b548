import TickmarkModel

/// Content anchors for tables and cells, in the spirit of W3C Web Annotation selectors: a table
/// is named by its page and the first label it prints, a cell by its row's label and its
/// column's header, so finding one more table elsewhere renames nothing.
///
/// - table: `p{page}.{first label}` (PDF) or `{first label}` (HTML); `table` when it prints no
///   label. A repeat of an anchor takes `.2`, `.3` … in printed order (a slug never holds a dot).
/// - row: the slug of its label (column 0), `unlabeled-N` for the N-th row without one; a repeat
///   in the table takes `.2` … in printed order.
/// - column: the slug of the header text printed above it (the leading rows that print no
///   amount), `label` for column 0, `c{N}` when nothing is printed above it; a repeat takes `.2` ….
enum TableAnchors {
    /// Longest slug kept in an anchor, so IDs stay readable.
    static let maxLength = 48

    /// The anchor of every table, in order.
    static func tables(_ tables: [Table]) -> [String] {
        var seen: [String: Int] = [:]
        return tables.map { table in
            let label = table.rows.lazy.compactMap { row in row.cell(at: 0).map { slug($0.text) } }.first { !$0.isEmpty }
            let base = (table.pages.first.map { "p\($0)." } ?? "") + (label ?? "table")
            return numbered(base, &seen)
        }
    }

    /// The row anchor of every row, in order.
    static func rows(_ table: Table) -> [String] {
        var seen: [String: Int] = [:]
        var unlabeled = 0
        return table.rows.map { row in
            let label = row.cell(at: 0).map { slug($0.text) } ?? ""
            if label.isEmpty {
                unlabeled += 1
                return "unlabeled-\(unlabeled)"
            }
            return numbered(label, &seen)
        }
    }

    /// The column anchor of every column (index = column number).
    static func columns(_ table: Table) -> [String] {
        let headerRows = table.rows.prefix { row in row.cells.allSatisfy { $0.column == 0 || !isAmount($0.text) } }
        var seen: [String: Int] = [:]
        return (0..<table.columnCount).map { column in
            if column == 0 { return "label" }
            let header = headerRows.flatMap { row in
                row.cells.filter { $0.column > 0 && $0.column <= column && column <= $0.lastColumn }.map(\.text)
            }.joined(separator: " ")
            let anchor = slug(header)
            return numbered(anchor.isEmpty ? "c\(column)" : anchor, &seen)
        }
    }

    /// A printed amount, as opposed to header text: digits with no letters, and not a year alone
    /// ("2018", "2021(1)", "2022*" head columns).
    private static func isAmount(_ text: String) -> Bool {
        let letters = text.unicodeScalars.contains { $0.properties.isAlphabetic }
        let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) }
        guard !letters, !digits.isEmpty else { return false }
        let year = Int(String(String.UnicodeScalarView(digits.prefix(4)))) ?? 0
        let isYear = (1900...2099).contains(year) && !text.contains(",") && !text.contains(".")
            && (digits.count == 4 || digits.count == 5)
        return !isYear
    }

    /// The slug of `text`, at most `length` characters, without a trailing dash.
    static func slug(_ text: String, length: Int = maxLength) -> String {
        var result = String(Slug.make(text).prefix(length))
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }

    /// `base`, or `base.N` for its N-th use (N ≥ 2) in `seen`.
    static func numbered(_ base: String, _ seen: inout [String: Int]) -> String {
        seen[base, default: 0] += 1
        let n = seen[base]!
        return n > 1 ? "\(base).\(n)" : base
    }
}
