import TickmarkModel

/// Chooses a statement's columns from the periods its face facts use.
enum ColumnChooser {
    /// Instants for a balance sheet, durations otherwise. Periods are grouped by length; a
    /// group joins when its busiest period carries at least 60% as many facts as the busiest
    /// overall (a 10-K's quarterly note data stays out, a 10-Q's 3M and 6M both stay), and a
    /// period joins when it carries at least half as many as its group's busiest (stray dates stay
    /// out); beside fiscal years, more shorter periods than years stay out. Ordered shorter periods
    /// first, then most recent first.
    static func periods(for kind: StatementKind, concepts: [String], index: FactIndex) -> [FactIndex.PeriodID] {
        let counts = index.periods(of: concepts, instants: kind == .balance)
        guard let busiest = counts.values.max() else { return [] }
        var groupBusiest: [Int: Int] = [:]
        for (period, count) in counts { groupBusiest[length(period)] = max(groupBusiest[length(period)] ?? 0, count) }
        var kept = counts.filter { period, count in
            let group = groupBusiest[length(period)] ?? 0
            return group * 10 >= busiest * 6 && count * 2 >= group
        }
        // Beside fiscal years, more quarters than years are a note's quarterly data tagged with
        // the statement's concepts (an annual report's net income and dividends by quarter).
        let yearCount = kept.keys.count { length($0) >= 12 && !$0.isInstant }
        let quarterCount = kept.keys.count { length($0) < 12 && !$0.isInstant }
        if yearCount > 0, quarterCount > yearCount {
            kept = kept.filter { period, _ in period.isInstant || length(period) >= 12 }
        }
        return kept.keys.sorted { a, b in
            let lengthA = length(a)
            let lengthB = length(b)
            if lengthA != lengthB { return lengthA < lengthB }
            if a.end != b.end { return a.end > b.end }
            return (a.start ?? a.end) > (b.start ?? b.end)
        }
    }

    /// A header in the words a statement would print: `12 months ended 2024-01-28`, `As of 2024-01-28`.
    static func header(_ period: FactIndex.PeriodID) -> String {
        if period.isInstant { return "As of \(period.end.iso)" }
        return "\(length(period)) months ended \(period.end.iso)"
    }

    private static func length(_ period: FactIndex.PeriodID) -> Int {
        PeriodSpan(kind: period.isInstant ? .instant : .duration, end: period.end, start: period.start).lengthInMonths ?? 0
    }
}
