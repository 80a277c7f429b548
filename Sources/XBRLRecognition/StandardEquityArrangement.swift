import TickmarkModel

/// The statement of equity of an instance without a presentation linkbase, laid out as filers
/// print it: periods down the rows (opening balance, the period's movements, closing balance,
/// for each period in turn) and components across — the total (facts without dimensions),
/// then one column per member of the equity components axis.
enum StandardEquityArrangement {
    private static let componentsAxis = "us-gaap:StatementEquityComponentsAxis"

    /// The balance the statement rolls forward, first one the instant has.
    private static let balances: [(name: String, label: String)] = [
        ("StockholdersEquity", "Stockholders' Equity Attributable to Parent"),
        ("StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest",
         "Stockholders' Equity, Including Portion Attributable to Noncontrolling Interest"),
    ]

    /// Movements, in the usual printed order, with their us-gaap standard labels.
    private static let movements: [(name: String, label: String)] = [
        ("NetIncomeLoss", "Net Income (Loss) Attributable to Parent"),
        ("ProfitLoss", "Net Income (Loss), Including Portion Attributable to Noncontrolling Interest"),
        ("OtherComprehensiveIncomeLossNetOfTax", "Other Comprehensive Income (Loss), Net of Tax"),
        ("StockIssuedDuringPeriodValueNewIssues", "Stock Issued During Period, Value, New Issues"),
        ("StockIssuedDuringPeriodValueShareBasedCompensation", "Stock Issued During Period, Value, Share-based Compensation, Gross"),
        ("StockIssuedDuringPeriodValueStockOptionsExercised", "Stock Issued During Period, Value, Stock Options Exercised"),
        ("AdjustmentsToAdditionalPaidInCapitalSharebasedCompensationRequisiteServicePeriodRecognitionValue",
         "Adjustments to Additional Paid in Capital, Share-based Compensation, Requisite Service Period Recognition, Value"),
        ("AdjustmentsToAdditionalPaidInCapitalTaxEffectFromShareBasedCompensation",
         "Adjustments to Additional Paid in Capital, Income Tax Effect from Share-based Compensation, Net"),
        ("StockRepurchasedDuringPeriodValue", "Stock Repurchased During Period, Value"),
        ("StockRepurchasedAndRetiredDuringPeriodValue", "Stock Repurchased and Retired During Period, Value"),
        ("TreasuryStockValueAcquiredCostMethod", "Treasury Stock, Value, Acquired, Cost Method"),
        ("DividendsCommonStockCash", "Dividends, Common Stock, Cash"),
        ("DividendsCommonStock", "Dividends, Common Stock"),
        ("Dividends", "Dividends"),
    ]

    /// The statement, or nil when the instance has no equity balance at the periods' ends.
    static func statement(index: FactIndex) -> RecognizedStatement? {
        guard let balance = balances.first(where: { index.hasFacts("us-gaap:" + $0.name) }) else { return nil }
        let moving = movements.filter { index.hasFacts("us-gaap:" + $0.name) }.map { (concept: "us-gaap:" + $0.name, label: $0.label) }
            + otherMovements(index: index, unit: unit(of: "us-gaap:" + balance.name, index: index))
        let periods = ColumnChooser.periods(for: .equity, concepts: moving.map(\.concept), index: index)
            .filter { $0.start != nil }
            .sorted { ($0.start ?? $0.end, $0.end) < ($1.start ?? $1.end, $1.end) }
        guard !periods.isEmpty else { return nil }
        let names = Set(["us-gaap:" + balance.name] + moving.map(\.concept))
        let facts = Dictionary(grouping: index.source.facts.filter { names.contains($0.concept) && $0.isNumeric }, by: \.concept)
        let members = components(of: index.source.facts.filter { names.contains($0.concept) }, index: index)
        let table = Lookup(facts: facts, members: members, index: index)
        var rows: [RecognizedRow] = []
        var balancesShown: Set<CalendarDate> = []
        let balanceConcept = "us-gaap:" + balance.name
        for period in periods {
            guard let start = period.start else { continue }
            // A balance closing one period opens the next: shown once.
            let opening = start.adding(days: -1)
            if balancesShown.insert(opening).inserted {
                rows.append(table.row(balanceConcept, balance.label, at: .instant(opening)))
            }
            let span = index.span(period) ?? PeriodSpan(kind: .duration, end: period.end, start: start)
            rows += moving.map { table.row($0.concept, $0.label, at: span) }
            if balancesShown.insert(period.end).inserted {
                rows.append(table.row(balanceConcept, balance.label, at: .instant(period.end)))
            }
        }
        rows.removeAll { $0.cells.allSatisfy { $0 == nil } }
        guard rows.contains(where: { $0.period?.kind == .instant }) else { return nil }
        let columns = ([nil] + members).map { PeriodColumn(header: $0.map(memberName) ?? "", period: nil) }
        return RecognizedStatement(kind: .equity, title: "Statement of Stockholders' Equity", pages: [], scale: .units,
                                   currency: nil, columns: columns, rows: rows, tableIndexes: [])
    }

    /// Movements the filer tagged that the usual list does not name ("Adjustments Related To Tax
    /// Withholding For Share Based Compensation", a foreign currency translation adjustment): the
    /// concepts of durations in the balance's `unit` (share counts are no movement of dollars)
    /// whose only dimension is a member of the equity components axis, in the order the instance
    /// first gives them, labelled from their names.
    private static func otherMovements(index: FactIndex, unit: String?) -> [(concept: String, label: String)] {
        guard let unit else { return [] }
        let known = Set((balances + movements).map { "us-gaap:" + $0.name })
        var found: [(concept: String, label: String)] = []
        for fact in index.source.facts where fact.isNumeric && !known.contains(fact.concept) && fact.unitRef == unit {
            guard let context = index.source.contexts[fact.contextRef], context.period?.kind == .duration,
                  context.dimensions.count == 1, context.dimensions[componentsAxis] != nil,
                  !found.contains(where: { $0.concept == fact.concept }) else { continue }
            let name = String(fact.concept.split(separator: ":").last ?? Substring(fact.concept))
            found.append((fact.concept, StatementRoleClassifier.humanized(name)))
        }
        return found
    }

    /// The unit of the concept's first fact (`usd`).
    private static func unit(of concept: String, index: FactIndex) -> String? {
        index.source.facts.first { $0.concept == concept && $0.isNumeric }?.unitRef
    }

    /// The statement's facts by concept, read into rows.
    private struct Lookup {
        var facts: [String: [TaggedFact]]
        var members: [String]
        var index: FactIndex

        /// One row: the total's fact, then each component's.
        func row(_ concept: String, _ label: String, at period: PeriodSpan) -> RecognizedRow {
            let cells = ([nil] + members).map { member -> RecognizedCell? in
                guard let fact = fact(concept, at: period, member: member) else { return nil }
                let unit = fact.unitRef.flatMap { index.source.units[$0] }?.name
                return RecognizedCell(printed: fact.value ?? "",
                                      locator: Locator(concept: fact.concept, contextRef: fact.contextRef,
                                                       unitRef: fact.unitRef, element: fact.element),
                                      fact: fact, unit: unit)
            }
            return RecognizedRow(label: label, section: [], depth: 0, isTotal: false, cells: cells,
                                 xbrlConcept: concept, period: period)
        }

        /// The concept's fact at the period: without dimensions for the total, else with the
        /// component member as its only dimension.
        private func fact(_ concept: String, at period: PeriodSpan, member: String?) -> TaggedFact? {
            facts[concept]?.first { fact in
                guard let context = index.source.contexts[fact.contextRef], let span = context.period,
                      span.kind == period.kind, span.end == period.end,
                      span.kind == .instant || span.start == period.start else { return false }
                if let member { return context.dimensions == [componentsAxis: member] }
                return context.dimensions.isEmpty
            }
        }
    }

    /// Members of the equity components axis the statement's facts use, in first-seen order.
    private static func components(of facts: [TaggedFact], index: FactIndex) -> [String] {
        var members: [String] = []
        for fact in facts {
            guard let context = index.source.contexts[fact.contextRef], context.dimensions.count == 1,
                  let member = context.dimensions[componentsAxis], !members.contains(member) else { continue }
            members.append(member)
        }
        return members
    }

    /// `us-gaap:RetainedEarningsMember` → `RetainedEarningsMember`.
    private static func memberName(_ member: String) -> String {
        String(member.split(separator: ":").last ?? Substring(member))
    }
}
