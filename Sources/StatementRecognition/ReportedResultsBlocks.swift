import TickmarkModel

/// A bank's quarterly supplementary financial information (a Canadian bank's "Supplementary
/// Financial Information", IFRS) may print no statement of income: its income statement
/// figures are the "Operating results - Reported" block leading the "Reconciliation of GAAP
/// (reported) results to non-GAAP (adjusted) results" table, the quarter trend columns across.
/// When no table of the document is an income statement, that reported block, and only it (the
/// "Impact of items of note" and "Adjusted" blocks below it are not results as reported), is
/// the income statement.
enum ReportedResultsBlocks {
    /// The candidates, with the reported block of a GAAP-to-adjusted reconciliation read as the
    /// income statement when nothing else is one.
    static func classifying(_ candidates: [StatementCandidate]) -> [StatementCandidate] {
        guard !candidates.contains(where: { $0.kind == .income }),
              let index = candidates.firstIndex(where: { reportedBlock(of: $0) != nil }),
              let block = reportedBlock(of: candidates[index]) else { return candidates }
        var result = candidates
        result[index].layout.bodyRows = block
        result[index].verdict = .statement(.income)
        result[index].title = reconciliationTitle(candidates[index])
        result[index].standsAlone = true
        return result
    }

    /// The rows from the "… Reported" heading to the next heading as far left (or the first row
    /// naming adjusted results or items of note), when they print net income and revenue.
    private static func reportedBlock(of candidate: StatementCandidate) -> [TableRow]? {
        guard candidate.verdict == nil, reconciliationTitle(candidate) != nil else { return nil }
        let rows = candidate.layout.bodyRows
        let isHeading = { (row: TableRow) in !row.cells.contains { $0.column > 0 && !$0.text.trimmingSpaces.isEmpty } }
        guard let start = rows.firstIndex(where: { row in
            isHeading(row) && PrintedText.words(candidate.layout.label(of: row)).contains("reported")
        }) else { return nil }
        let rest = rows[(start + 1)...]
        let end = rest.firstIndex { row in
            let label = PrintedText.squashed(candidate.layout.label(of: row))
            return (isHeading(row) && row.indent <= rows[start].indent)
                || label.hasPrefix("adjusted") || label.contains("itemsofnote")
        } ?? rows.endIndex
        let block = Array(rows[start..<end])
        let labels = block.map { candidate.layout.label(of: $0).lowercased() }
        let netIncome = labels.contains { $0.hasPrefix("net income") || $0.hasPrefix("net earnings") }
        let revenue = labels.contains { $0.contains("revenue") }
        return netIncome && revenue ? block : nil
    }

    /// The title line that names a reconciliation of reported (GAAP) results.
    private static func reconciliationTitle(_ candidate: StatementCandidate) -> String? {
        candidate.titleLines.last { line in
            let squashed = PrintedText.squashed(line)
            return squashed.contains("reconciliation") && squashed.contains("reported")
        }
    }
}
