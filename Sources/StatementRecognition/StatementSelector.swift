import TickmarkModel

/// Chooses, among the statements found for one kind, the ones to keep: the best scored, plus
/// the statements of the other registrants of a combined filing and statements of other
/// periods printed separately (a press release's quarter and year tables) and every table that
/// stands alone (an earnings release's results tables). Parent-company-only
/// statements are kept only when nothing else is found.
enum StatementSelector {
    struct Entry {
        var index: Int
        var group: ContinuationJoiner.Group
        var statement: RecognizedStatement
        var score: Double
    }

    /// Indexes of the kept entries (any order).
    static func pick(_ entries: [Entry]) -> [Int] {
        let regular = entries.filter { !$0.group.isParentOnly }
        let pool = regular.isEmpty ? entries : regular
        let ranked = pool.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        guard let best = ranked.first else { return [] }
        var kept = [best]
        for entry in ranked.dropFirst() {
            // The results tables of an earnings release are all kept, each as printed.
            if entry.group.first.standsAlone && best.group.first.standsAlone {
                kept.append(entry)
                continue
            }
            guard entry.score >= best.score * 0.6 && hasDistinctPeriods(entry) else { continue }
            let otherEntity = !entry.group.first.entityLines.isEmpty
                && entry.group.first.isInStatementsItem == best.group.first.isInStatementsItem
                && kept.allSatisfy { $0.group.first.entityLines != entry.group.first.entityLines }
                && Set(periodKeys(entry)) == Set(periodKeys(best))
            let otherPeriods = !printedPeriodKeys(entry).isEmpty
                && kept.allSatisfy { printedPeriodKeys($0).isDisjoint(with: printedPeriodKeys(entry)) }
            if otherEntity || otherPeriods { kept.append(entry) }
        }
        return kept.map(\.index)
    }

    /// A primary statement gives each column its own period ("Reported / Impact / Restated"
    /// columns of a note share theirs).
    private static func hasDistinctPeriods(_ entry: Entry) -> Bool {
        let keys = periodKeys(entry)
        return Set(keys).count == keys.count
    }

    private static func periodKeys(_ entry: Entry) -> [String] {
        entry.statement.columns.compactMap { $0.period?.key }
    }

    /// The periods of the columns, and of the rows where the statement prints them down the rows
    /// (an equity statement's prior-year blocks).
    private static func printedPeriodKeys(_ entry: Entry) -> Set<String> {
        Set(periodKeys(entry) + entry.statement.rows.compactMap { $0.period?.key })
    }
}

extension StatementSelector {
    /// A filer that prints one "Statement of Comprehensive Income" holding revenues (or
    /// expenses) and net income has no separate income statement: that statement is its
    /// income statement.
    static func promotingCombinedComprehensiveIncome(_ statements: [RecognizedStatement]) -> [RecognizedStatement] {
        guard !statements.contains(where: { $0.kind == .income }) else { return statements }
        return statements.map { statement in
            guard statement.kind == .comprehensiveIncome else { return statement }
            let labels = statement.rows.map { $0.label.lowercased() }
            // Revenues, or at least expenses, printed above the net result.
            let printsRevenue = labels.contains { $0.contains("revenue") || $0.contains("sales") }
            let netResult = labels.firstIndex { $0.hasPrefix("net income") || $0.hasPrefix("net earnings") || $0.hasPrefix("net loss") }
            guard let netResult, printsRevenue || netResult >= 2 else { return statement }
            var promoted = statement
            promoted.kind = .income
            return promoted
        }
    }
}
