import TickmarkModel

/// An earnings release furnished on a current report (8-K, 6-K) prints its results in exhibit
/// tables titled in the release's own words — "Analysis of Consolidated Earnings", a
/// "Financial Highlights" table led by "Consolidated Earnings-As Reported", an "Income
/// Account" — rather than "Statement of Income". When no table of such a report is titled as
/// an income statement, these results tables are its income statements, each kept as printed.
enum EarningsReleaseTables {
    /// Forms that furnish earnings releases.
    private static let currentReportForms = ["8-K", "6-K"]

    /// Words (squashed) that name the company's consolidated results in a title block or in
    /// the label-only rows leading the table.
    private static let resultsPhrases = ["consolidatedearnings", "consolidatedincome", "incomeaccount"]

    /// The candidates, with the results tables of a current report without an income
    /// statement read as income statements.
    static func classifying(_ candidates: [StatementCandidate], form: String?) -> [StatementCandidate] {
        guard let form, currentReportForms.contains(where: form.hasPrefix),
              !candidates.contains(where: { $0.kind == .income }) else { return candidates }
        return candidates.map { candidate in
            guard isResultsTable(candidate) else { return candidate }
            var results = candidate
            results.verdict = .statement(.income)
            results.title = results.title ?? resultsTitle(candidate)
            results.standsAlone = true
            return results
        }
    }

    /// A table whose title block or leading label rows name the consolidated results, and whose
    /// rows print the net income with revenues or earnings per share.
    private static func isResultsTable(_ candidate: StatementCandidate) -> Bool {
        guard candidate.verdict == nil || candidate.verdict == .rejected, resultsTitle(candidate) != nil else { return false }
        let labels = candidate.layout.bodyRows.compactMap { $0.cell(at: 0)?.text.lowercased() }
        let netIncome = labels.contains { $0.hasPrefix("net income") || $0.hasPrefix("net earnings") }
        let revenueOrPerShare = labels.contains { $0.contains("revenue") || $0.contains("earnings per share") }
        return netIncome && revenueOrPerShare
    }

    /// The title line, or the leading label-only row, that names the consolidated results.
    private static func resultsTitle(_ candidate: StatementCandidate) -> String? {
        let leading = candidate.layout.bodyRows.prefix { row in !row.cells.contains { $0.column > 0 } }
            .compactMap { $0.cell(at: 0)?.text }
        return (candidate.titleLines + leading).last { line in
            let squashed = PrintedText.squashed(line)
            return resultsPhrases.contains(where: squashed.contains)
        }
    }
}
