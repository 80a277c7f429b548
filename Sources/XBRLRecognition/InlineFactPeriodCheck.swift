import TickmarkModel

/// Inline XBRL's self-check: a value must be tagged with the period it is printed under — its
/// row's, where the statement prints periods down the rows (equity), else its column's. A cell
/// whose context names another period is left out rather than cited under the wrong period.
public struct InlineFactPeriodCheck: Sendable {
    public init() {}

    /// The statements without misdated cells, and one diagnostic per statement that lost some.
    public func check(_ statements: [RecognizedStatement], facts: XBRLFacts) -> (statements: [RecognizedStatement], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let checked = statements.map { statement in
            var kept = statement
            var misdated = 0
            for row in kept.rows.indices {
                Self.redateOpeningBalance(&kept.rows[row], facts: facts)
                for column in kept.rows[row].cells.indices where column < kept.columns.count {
                    let rowPeriod = kept.rows[row].period
                    guard let fact = kept.rows[row].cells[column]?.fact,
                          let printedPeriod = rowPeriod ?? kept.columns[column].period,
                          printedPeriod.key != nil, let tagged = facts.contexts[fact.contextRef]?.period,
                          !Self.fits(tagged, in: printedPeriod),
                          rowPeriod.map({ !Self.opensBalance(tagged, printed: $0) }) ?? true else { continue }
                    kept.rows[row].cells[column] = nil
                    misdated += 1
                }
            }
            if misdated > 0 {
                diagnostics.append(Diagnostic(
                    code: "tagged-period-differs",
                    message: "\(statement.title): \(misdated) value(s) tagged with another period than their row's or column's are left out"))
            }
            return kept
        }
        return (checked, diagnostics)
    }

    /// A balance row printed "at May 1, 2023" whose every value is tagged at the day before
    /// takes the tagged instant: the balance at the close of April 30, as the filer dated it.
    static func redateOpeningBalance(_ row: inout RecognizedRow, facts: XBRLFacts) {
        guard let printed = row.period, printed.kind == .instant else { return }
        let tagged = row.cells.compactMap { $0?.fact.flatMap { facts.contexts[$0.contextRef]?.period } }
        guard let first = tagged.first, tagged.allSatisfy({ opensBalance($0, printed: printed) }) else { return }
        row.period = first
    }

    /// An opening balance printed "at January 1, 2021" and tagged at the day before.
    static func opensBalance(_ tagged: PeriodSpan, printed: PeriodSpan) -> Bool {
        tagged.kind == .instant && printed.kind == .instant && tagged.end == printed.end.adding(days: -1)
    }

    /// Same period; or, in a duration column, a balance at its end or about a day before its start.
    static func fits(_ tagged: PeriodSpan, in column: PeriodSpan) -> Bool {
        if tagged.kind == column.kind { return tagged.key == column.key }
        guard tagged.kind == .instant, column.kind == .duration else { return false }
        if tagged.end == column.end { return true }
        // Within a week of the day before the start (52/53-week years move it a few days).
        let dayBeforeStart: Int
        if let start = column.start {
            dayBeforeStart = start.dayNumber - 1
        } else if let months = column.lengthInMonths {
            dayBeforeStart = column.end.dayNumber - months * 365 / 12
        } else {
            return false
        }
        return abs(tagged.end.dayNumber - dayBeforeStart) <= 7
    }
}
