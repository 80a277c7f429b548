import TickmarkModel

/// Turns body rows into statement rows: label-only headings become the sections of the rows
/// under them, totals are marked, and every row gets one cell per value column.
struct SectionReader: Sendable {
    /// The layout of the statement's first table (value columns, labels).
    var layout: TableLayout
    private var valueColumns: [Int] { layout.valueColumns }

    init(layout: TableLayout) {
        self.layout = layout
    }

    private struct Heading {
        var text: String
        var indent: Int
    }

    /// Reads `rows` (a statement's body rows, continuation pages included) into statement rows.
    func rows(_ rows: [TableRow]) -> [RecognizedRow] {
        let rows = SplitRowJoiner(layout: layout).joined(rows)
        var stack: [Heading] = []
        var result: [RecognizedRow] = []
        var previousWasHeading = false
        for (i, row) in rows.enumerated() {
            let label = layout.label(of: row)
            let cells = valueColumns.map { column in
                TableLayout.valueCell(of: row, column: column).map {
                    RecognizedCell(printed: $0.text.trimmingSpaces, locator: $0.locator, fact: $0.fact)
                }
            }
            let hasValues = cells.contains { $0 != nil }
            if !hasValues {
                guard !label.isEmpty else { continue }
                let next = rows[(i + 1)...].first { !layout.label(of: $0).isEmpty }
                if isHeading(label: label, row: row, next: next) {
                    if !previousWasHeading { stack.removeAll { $0.indent >= row.indent } }
                    stack.append(Heading(text: Self.sectionName(label), indent: row.indent))
                    previousWasHeading = true
                    continue
                }
                // "The accompanying notes are an integral part …" is a footnote, not a line.
                if label.hasSuffix(".") || label.count > 120 { continue }
            }
            previousWasHeading = false
            // A dated balance opens or closes an equity statement's block: the headings printed
            // inside a block ("Cash dividends declared, per share: $0.82") end with it.
            let isDatedBalance = hasValues && RowPeriodReader.balanceDate(label: label) != nil
            if isDatedBalance { stack.removeAll() }
            let isTotal = Self.isTotal(label: label, row: row, hasValues: hasValues)
            let concept = cells.lazy.compactMap { $0?.fact?.concept }.first
            var recognized = RecognizedRow(label: label, section: stack.map(\.text), depth: row.indent,
                                           isTotal: isTotal, cells: cells, xbrlConcept: concept)
            recognized.labelFacts = labelFacts(of: row)
            result.append(recognized)
            if isTotal { closeSection(closedBy: label, stack: &stack) }
            if isDatedBalance { stack.removeAll() }
        }
        return result
    }

    /// The facts tagged inside the row's label text (inline XBRL), each located at its label cell.
    private func labelFacts(of row: TableRow) -> [LabelFact] {
        layout.labelCells(of: row).flatMap { cell in
            cell.facts.map { fact in
                LabelFact(cell: RecognizedCell(printed: fact.printed ?? "", locator: cell.locator.tagged(fact), fact: fact))
            }
        }
    }

    /// A label-only row is a heading when it ends with a colon, is printed in capitals or in
    /// bold, or when the next labelled row is indented under it or is itself label-only.
    private func isHeading(label: String, row: TableRow, next: TableRow?) -> Bool {
        if label.hasSuffix(":") || row.emphasized { return true }
        let letters = label.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count >= 3, letters.allSatisfy({ $0.properties.isUppercase }) { return true }
        guard let next else { return false }
        if next.indent > row.indent { return true }
        let nextHasValues = valueColumns.contains { TableLayout.valueCell(of: next, column: $0) != nil }
        return !nextHasValues
    }

    /// "Cash flows from investing activities:" → "Cash flows from investing activities".
    static func sectionName(_ label: String) -> String {
        var name = label
        while name.hasSuffix(":") { name.removeLast() }
        return name.trimmingSpaces
    }

    private static let totalPrefixes = [
        "total", "net cash", "net increase", "net decrease", "net change in cash", "net (decrease)", "net (increase)",
        "cash and cash equivalents at end", "cash, cash equivalents and restricted cash at end",
    ]

    /// Whole labels that name a total: an IFRS statement of changes in equity sums "Profit for
    /// the year" and "Other comprehensive income" as "Comprehensive income".
    private static let totalLabels: Set<String> = ["comprehensive income", "comprehensive income (loss)"]

    /// Totals: "Total …", "Net cash provided by …", "Comprehensive income", an unlabelled row of
    /// values, a bold row of values.
    static func isTotal(label: String, row: TableRow, hasValues: Bool) -> Bool {
        guard hasValues else { return false }
        let lower = LigatureRepair.repaired(label).lowercased()
        if label.isEmpty || totalPrefixes.contains(where: lower.hasPrefix) || totalLabels.contains(lower) { return true }
        return row.emphasized
    }

    private static let weakWords: Set<String> = [
        "cash", "flows", "flow", "from", "for", "of", "the", "and", "total", "net", "provided", "by",
        "used", "in", "activities", "to",
    ]

    /// A total closes the innermost section whose key words it repeats ("Total current assets"
    /// closes "Current assets"; "Net cash used in investing activities" closes "Cash flows
    /// from investing activities"), and every section inside it.
    private func closeSection(closedBy label: String, stack: inout [Heading]) {
        let labelWords = Set(PrintedText.words(LigatureRepair.repaired(label)))
        for index in stack.indices.reversed() {
            let keys = PrintedText.words(LigatureRepair.repaired(stack[index].text)).filter { !Self.weakWords.contains($0) }
            if !keys.isEmpty, keys.allSatisfy(labelWords.contains) {
                stack.removeSubrange(index...)
                return
            }
        }
    }
}
