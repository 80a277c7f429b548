import TickmarkModel

/// Arranges an XBRL instance's face facts (no dimensions) into primary statements: by the
/// presentation linkbase when present, else by a standard arrangement of us-gaap concepts.
public struct XBRLStatementBuilder: Sendable {
    public init() {}

    /// One statement per kind (the first role of that kind in the filer's order), in kind order.
    public func statements(from facts: XBRLFacts) -> [RecognizedStatement] {
        let index = FactIndex(facts)
        var outlines: [StatementOutline] = []
        if let presentation = facts.presentation {
            outlines = presentation.roles.compactMap { role in
                StatementRoleClassifier.kind(of: role).map {
                    StatementOutline(kind: $0, title: StatementRoleClassifier.title(of: role),
                                     lines: PresentationOutline.lines(role, labels: presentation.labels, index: index))
                }
            }
        }
        if outlines.isEmpty { outlines = StandardArrangement.outlines(index: index) }
        var built: [StatementKind: RecognizedStatement] = [:]
        var order: [StatementKind] = []
        for outline in outlines where built[outline.kind] == nil {
            guard let statement = build(outline, index: index) else { continue }
            built[outline.kind] = statement
            order.append(outline.kind)
        }
        if facts.presentation == nil, built[.equity] == nil, let equity = StandardEquityArrangement.statement(index: index) {
            built[.equity] = equity
            order.append(.equity)
        }
        return order.sorted().compactMap { built[$0] }
    }

    /// Columns from the periods the lines' facts use (most recent first), then one cell per line and column.
    private func build(_ outline: StatementOutline, index: FactIndex) -> RecognizedStatement? {
        let concepts = outline.lines.map(\.concept)
        let periods = ColumnChooser.periods(for: outline.kind, concepts: concepts, index: index)
        guard !periods.isEmpty else { return nil }
        var units: [String: Int] = [:]
        let rows = outline.lines.compactMap { line -> RecognizedRow? in
            let instantRow = index.isInstantConcept(line.concept)
            let cells = periods.map { period -> RecognizedCell? in
                let target = instantRow && !period.isInstant ? instantFor(line, in: period) : period
                guard let fact = index.fact(line.concept, at: target) else { return nil }
                let unit = fact.unitRef.flatMap { index.source.units[$0] }?.name
                if let unit { units[unit, default: 0] += 1 }
                return RecognizedCell(printed: fact.value ?? "",
                                      locator: Locator(concept: fact.concept, contextRef: fact.contextRef,
                                                       unitRef: fact.unitRef, element: fact.element),
                                      fact: fact, unit: unit)
            }
            // A text block ("… [Text Block]") is a note's content, never a statement line.
            guard cells.contains(where: { $0?.fact?.isNumeric == true }) else { return nil }
            var row = RecognizedRow(label: line.label, section: line.section, depth: line.depth, isTotal: line.isTotal,
                                    cells: cells, xbrlConcept: line.concept)
            row.isPresentedNegated = line.isNegated
            return row
        }
        guard !rows.isEmpty else { return nil }
        let columns = periods.map { period in
            PeriodColumn(header: ColumnChooser.header(period), period: index.span(period))
        }
        return RecognizedStatement(kind: outline.kind, title: outline.title, pages: [], scale: .units,
                                   currency: currency(units), columns: columns, rows: rows, tableIndexes: [])
    }

    /// A balance line in a duration statement: the instant before the period starts for a
    /// period-start label, else the period's last day.
    private func instantFor(_ line: OutlineLine, in period: FactIndex.PeriodID) -> FactIndex.PeriodID {
        if line.isPeriodStart, let start = period.start {
            return FactIndex.PeriodID(start: nil, end: start.adding(days: -1), isInstant: true)
        }
        return FactIndex.PeriodID(start: nil, end: period.end, isInstant: true)
    }

    /// The ISO 4217 code of the most used monetary unit (`USD`, `GBP`), if any.
    private func currency(_ units: [String: Int]) -> String? {
        units.filter { name, _ in name.count == 3 && name.allSatisfy(\.isUppercase) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key
    }
}

/// A statement's kind, title and lines before columns are chosen.
struct StatementOutline {
    var kind: StatementKind
    var title: String
    var lines: [OutlineLine]
}

/// One line of an outline: a concept with its label and place.
struct OutlineLine {
    var concept: String
    var label: String
    var section: [String]
    var depth: Int
    var isTotal: Bool
    var isPeriodStart: Bool
    /// The presentation shows the line with a negated label (`negatedLabel`, `negatedTerseLabel` …).
    var isNegated = false
}
