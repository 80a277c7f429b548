import Foundation
import TickmarkModel

/// Normalize stage: printed numbers to values with sign, scale and unit; labels to concepts.
/// IDs are left empty for `Identification`.
public struct Normalizer: Sendable {
    public var conceptMapper: ConceptMapper

    public init(conceptMapper: ConceptMapper = ConceptMapper()) {
        self.conceptMapper = conceptMapper
    }

    /// One `Statement` per recognized statement, in the same order. Equity statements come last:
    /// the income statements' weighted basic shares tell how their share columns are printed.
    public func normalize(_ document: RecognizedDocument) -> NormalizedDocument {
        var normalized: [Int: (Statement, [Diagnostic])] = [:]
        let order = document.statements.indices.filter { document.statements[$0].kind != .equity }
            + document.statements.indices.filter { document.statements[$0].kind == .equity }
        var weightedShares: [Decimal] = []
        for index in order {
            var found: [Diagnostic] = []
            let statement = normalize(document.statements[index], weightedShares: weightedShares, diagnostics: &found)
            normalized[index] = (statement, found)
            if statement.kind == .income { weightedShares += Self.weightedBasicShares(statement) }
        }
        let statements = document.statements.indices.compactMap { normalized[$0] }
        return NormalizedDocument(metadata: document.metadata, statements: statements.map(\.0), tables: document.tables,
                                  passages: document.passages, diagnostics: document.diagnostics + statements.flatMap(\.1))
    }

    /// The weighted basic share counts an income statement prints.
    static func weightedBasicShares(_ statement: Statement) -> [Decimal] {
        statement.lines.filter { $0.concept == "weighted_average_shares_basic" }.flatMap(\.valueFacts)
            .filter { $0.unit == "shares" }.compactMap(\.value).filter { $0 > 0 }
    }

    /// A statement: periods of the columns that name one, lines in printed order; `weightedShares`
    /// are the document's weighted basic share counts (see `RowPeriodLines.weightedShares`).
    public func normalize(_ statement: RecognizedStatement, weightedShares: [Decimal] = [],
                          diagnostics: inout [Diagnostic]) -> Statement {
        if RowPeriodLines.applies(to: statement) {
            return normalizeRowPeriods(statement, weightedShares: weightedShares, diagnostics: &diagnostics)
        }
        let periodBuilder = PeriodBuilder()
        var kept: [(column: Int, period: Period)] = []
        for (index, column) in statement.columns.enumerated() {
            if let period = periodBuilder.period(for: column) {
                kept.append((index, period))
            } else {
                diagnostics.append(Diagnostic(
                    code: "period-unknown",
                    message: "\(statement.title): column \(index + 1) \"\(column.header)\" names no period; its values are left out",
                    page: statement.pages.first))
            }
        }
        let currency = statement.currency ?? Normalizer.printedCurrency(statement)
        let facts = FactBuilder(scale: ScaleRules(statement.scale), currency: currency)
        let shareColumns = ShareSubColumns.columns(of: statement, periods: kept)
        var disagreements: [Fact] = []
        var balanceInstants: [Period] = []
        // A row's line from the columns other than the share counts, then (when it prints any) its
        // line of share counts, a component of its own ("Common Stock Shares").
        let lines = statement.rows.flatMap { row -> [Line] in
            let parts = [(columns: kept.filter { !shareColumns.contains($0.column) }, shares: false),
                         (columns: kept.filter { shareColumns.contains($0.column) }, shares: true)]
            return parts.compactMap { part -> Line? in
                let section = part.shares ? row.section + [ShareSubColumns.component(of: row.section)] : row.section
                let measure = part.shares ? .shares : LineMeasure.of(label: row.label, section: row.section)
                var lineFacts: [Fact] = []
                for (column, columnPeriod) in part.columns where column < row.cells.count {
                    guard let cell = row.cells[column] else { continue }
                    var period = columnPeriod
                    let balanceSide = BalanceRowPeriods.side(of: row.label, kind: statement.kind, period: columnPeriod)
                    if let side = balanceSide, let instant = BalanceRowPeriods.instant(of: period, side: side) {
                        period = instant
                        if !balanceInstants.contains(where: { $0.key == instant.key }) { balanceInstants.append(instant) }
                    }
                    var (fact, problem) = facts.fact(cell, period: period.key, measure: measure)
                    if period.endInferred { fact.citationPeriod = period.citationKey }
                    // The closing balance of a quarter and of the nine months to the same day is one fact.
                    if balanceSide != nil, lineFacts.contains(where: { $0.period == fact.period && $0.value == fact.value }) { continue }
                    lineFacts.append(fact)
                    if let problem { diagnostics.append(problem) }
                    if Normalizer.magnitudesDiffer(fact) { disagreements.append(fact) }
                }
                if part.shares && lineFacts.isEmpty { return nil }
                if !part.shares { lineFacts += Normalizer.labelFacts(of: row, periods: kept.map(\.period)) }
                let concept = conceptMapper.concept(label: row.label, section: section, isTotal: row.isTotal,
                                                    kind: statement.kind)
                var line = Line(id: "", label: row.label, section: section, depth: row.depth, isTotal: row.isTotal,
                                concept: concept, xbrlConcept: row.xbrlConcept, xbrlDimensions: row.xbrlDimensions,
                                facts: lineFacts)
                line.isPresentedNegated = row.isPresentedNegated
                return line
            }
        }
        let periods = kept.filter { !shareColumns.contains($0.column) }.map(\.period)
        Normalizer.reportDisagreements(disagreements, in: statement, diagnostics: &diagnostics)
        return Statement(id: "", kind: statement.kind, title: statement.title, pages: statement.pages,
                         currency: currency, scale: Normalizer.multiplier(statement.scale.exponent),
                         periods: periods + balanceInstants.filter { instant in !periods.contains { $0.key == instant.key } },
                         lines: lines)
    }

    /// A statement with periods down the rows and components across (see `RowPeriodLines`).
    private func normalizeRowPeriods(_ statement: RecognizedStatement, weightedShares: [Decimal],
                                     diagnostics: inout [Diagnostic]) -> Statement {
        let currency = statement.currency ?? Normalizer.printedCurrency(statement)
        let builder = RowPeriodLines(conceptMapper: conceptMapper,
                                     facts: FactBuilder(scale: RowPeriodLines.scaleRules(for: statement.scale), currency: currency),
                                     weightedShares: weightedShares)
        let (lines, disagreements) = builder.lines(of: statement, diagnostics: &diagnostics)
        Normalizer.reportDisagreements(disagreements, in: statement, diagnostics: &diagnostics)
        return Statement(id: "", kind: statement.kind, title: statement.title, pages: statement.pages,
                         currency: currency, scale: Normalizer.multiplier(statement.scale.exponent),
                         periods: RowPeriodLines.periods(of: statement), lines: lines)
    }

    /// The facts tagged inside the row's label (see `LabelFact`) dated in one of the statement's
    /// `periods`, after the column values: each with its tagged value (the tag's scale, decimals
    /// and sign) and unit, keyed by its own concept. One dated in a period the statement has no
    /// column for is left out: a fact's period is one of its statement's.
    static func labelFacts(of row: RecognizedRow, periods: [Period]) -> [Fact] {
        row.labelFacts.compactMap { labelFact in
            guard let tagged = labelFact.cell.fact, let key = labelFact.period?.key,
                  let period = periods.first(where: { $0.key == key && $0.type == labelFact.period?.kind }),
                  let value = tagged.value.flatMap(AmountParser.parse)?.value else { return nil }
            var fact = Fact(id: "", period: key, value: value, printed: labelFact.cell.printed, xbrlValue: value,
                            unit: labelFact.cell.unit, locator: labelFact.cell.locator)
            if period.endInferred { fact.citationPeriod = period.citationKey }
            fact.labelConcept = tagged.concept
            fact.labelDimensions = tagged.dimensionMembers
            return fact
        }
    }

    /// One diagnostic for the printed values of a statement that differ from their tags.
    private static func reportDisagreements(_ disagreements: [Fact], in statement: RecognizedStatement,
                                            diagnostics: inout [Diagnostic]) {
        guard let first = disagreements.first else { return }
        diagnostics.append(Diagnostic(
            code: "tagged-value-differs",
            message: "\(statement.title): \(disagreements.count) printed value(s) with the statement scale differ from "
                + "their tagged value, e.g. \"\(first.printed ?? "")\" → \(first.value ?? 0) but tagged \(first.xbrlValue ?? 0)",
            page: statement.pages.first))
    }

    /// A printed value that disagrees with its tag beyond sign (a misread scale, a wrong cell).
    static func magnitudesDiffer(_ fact: Fact) -> Bool {
        guard let value = fact.value, let tagged = fact.xbrlValue else { return false }
        return value.magnitude != tagged.magnitude
    }

    /// `USD` when the statement prints amounts with a `$` sign; nil otherwise (never assumed).
    static func printedCurrency(_ statement: RecognizedStatement) -> String? {
        let printsDollars = statement.rows.contains { row in
            row.cells.contains { cell in cell.map { $0.fact == nil && $0.printed.contains("$") } ?? false }
        }
        return printsDollars ? "USD" : nil
    }

    /// 10^exponent as the contract's integer multiplier (1 for a negative or absurd exponent).
    static func multiplier(_ exponent: Int) -> Int {
        guard (0...18).contains(exponent) else { return 1 }
        return (0..<exponent).reduce(1) { result, _ in result * 10 }
    }
}
