import TickmarkModel

/// Scores a statement candidate: the higher, the more it looks like the primary statement of
/// its kind (title, characteristic rows, number of value rows, place after Item 8).
enum StatementScorer {
    /// Row labels that only the primary statement of a kind prints, lowercased prefixes.
    private static let anchors: [StatementKind: [String]] = [
        .income: ["net income", "net earnings", "net loss", "revenue", "net sales", "total revenue", "total net revenue",
                  "operating income", "income before income taxes", "earnings per share", "basic", "diluted",
                  "cost of sales", "gross profit", "provision for income taxes", "income tax expense"],
        .comprehensiveIncome: ["comprehensive income", "other comprehensive income", "total comprehensive income",
                               "net income", "foreign currency translation"],
        .balance: ["total assets", "total liabilities", "total current assets", "total current liabilities",
                   "cash and cash equivalents", "total stockholders", "total shareholders", "total equity", "goodwill"],
        .cashFlow: ["net cash provided by operating", "net cash used in investing", "net cash provided by (used in) operating",
                    "net cash used in financing", "depreciation", "cash flows from operating", "capital expenditures",
                    "cash and cash equivalents at end", "net cash provided by", "net cash used in"],
        .equity: ["balance at", "balance,", "balances at", "dividends", "net income", "total equity", "issuance of"],
    ]

    static func score(_ group: ContinuationJoiner.Group, periodsRead: Int) -> Double {
        let first = group.first
        let bodyRows = group.parts.flatMap(\.layout.bodyRows)
        let labels = bodyRows.map { LigatureRepair.repaired($0.cell(at: 0)?.text ?? "").trimmingSpaces.lowercased() }
        let valueRows = bodyRows.filter { row in
            row.cells.contains { $0.column > 0 && PrintedText.isAmount($0.text) }
        }.count
        var score = 10.0
        let kindAnchors = anchors[group.kind] ?? []
        let anchorHits = kindAnchors.filter { anchor in labels.contains { $0.hasPrefix(anchor) } }.count
        score += Double(min(anchorHits, 4)) * 3
        score += Double(min(valueRows, 30)) / 3
        if first.isInStatementsItem { score += 3 }
        if PrintedText.squashed(first.title ?? "").contains("consolidated") { score += 2 }
        let columns = first.layout.valueColumns.count
        if columns > 0 { score += 3 * Double(periodsRead) / Double(columns) }
        if group.kind != .equity && columns >= 5 { score -= 8 }
        if valueRows < 3 { score -= 20 }
        return score
    }
}
