import TickmarkModel

/// An instance's face facts (no dimensions) by concept and period, for building statements.
struct FactIndex {
    /// The period of a context as a lookup key.
    struct PeriodID: Hashable {
        var start: CalendarDate?
        var end: CalendarDate
        var isInstant: Bool
    }

    private var facts: [String: [PeriodID: TaggedFact]] = [:]
    private var spans: [PeriodID: PeriodSpan] = [:]
    let source: XBRLFacts

    init(_ source: XBRLFacts) {
        self.source = source
        for fact in source.facts {
            guard let context = source.contexts[fact.contextRef], context.dimensions.isEmpty,
                  let span = context.period else { continue }
            let id = PeriodID(start: span.kind == .instant ? nil : span.start, end: span.end, isInstant: span.kind == .instant)
            spans[id] = span
            if facts[fact.concept]?[id] == nil { facts[fact.concept, default: [:]][id] = fact }
        }
    }

    /// True when the concept has at least one face fact.
    func hasFacts(_ concept: String) -> Bool { facts[concept] != nil }

    func fact(_ concept: String, at period: PeriodID) -> TaggedFact? { facts[concept]?[period] }

    func span(_ period: PeriodID) -> PeriodSpan? { spans[period] }

    /// Periods used by the concepts' facts, instants or durations, each with its fact count.
    func periods(of concepts: [String], instants: Bool) -> [PeriodID: Int] {
        var counts: [PeriodID: Int] = [:]
        for concept in Set(concepts) {
            for period in (facts[concept] ?? [:]).keys where period.isInstant == instants { counts[period, default: 0] += 1 }
        }
        return counts
    }

    /// Whether the concept's facts are instants (balances) rather than durations.
    func isInstantConcept(_ concept: String) -> Bool {
        guard let periods = facts[concept]?.keys else { return false }
        return periods.contains { $0.isInstant } && !periods.contains { !$0.isInstant }
    }
}
