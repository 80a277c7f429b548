import Citing

/// A statement (or some of its rows) as an HTML table: label indented by depth, one column per
/// period, each value a link to its fact page; the current line and fact emphasized.
enum StatementHTML {
    static func table(_ table: StatementTable, rows range: Range<Int>? = nil, currentLine: String? = nil, currentFact: String? = nil) -> String {
        let rows = Array(table.rows[range ?? table.rows.indices])
        let cells = rows.map { row -> [String] in
            let label = "<span class=\"tm-depth-\(min(row.line.depth, 6))\">\(HTML.escape(row.line.label))</span>"
            return [label] + table.periods.map { period in
                guard let cell = row.facts[period] else { return "" }
                let failing = cell.flags.contains { $0 != "unchecked" } ? " <span class=\"tm-flag\" title=\"a self-check failed\">!</span>" : ""
                let link = HTML.link(Paths.fact(cell.id), cell.printed ?? cell.value ?? "—")
                return (cell.id == currentFact ? "<strong class=\"tm-current-value\">\(link)</strong>" : link) + failing
            }
        }
        let classes = rows.map { row -> String? in
            [row.line.id == currentLine ? "tm-current" : nil, row.line.isTotal ? "tm-total" : nil].compactMap { $0 }.joined(separator: " ")
        }.map { $0?.isEmpty == true ? nil : $0 }
        return HTML.table(headers: ["Line"] + table.periods, rows: cells, rowClasses: classes)
    }
}
