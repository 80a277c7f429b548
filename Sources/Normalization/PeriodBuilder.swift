import TickmarkModel

/// Turns a statement's column headers into contract periods.
struct PeriodBuilder: Sendable {
    /// The period of a column, or nil when its header names no period with a key.
    func period(for column: PeriodColumn) -> Period? {
        guard let span = column.period, let key = span.key else { return nil }
        let isDuration = span.kind == .duration
        return Period(key: key, type: span.kind, start: isDuration ? start(of: span) : nil, end: span.end,
                      fiscalYear: span.fiscalYear, header: column.header, printedKey: span.printedKey)
    }

    /// The first day: as known, else counted back from the end when that is exact — whole weeks
    /// always are; whole months only when the period ends on a month's last day.
    func start(of span: PeriodSpan) -> CalendarDate? {
        if let start = span.start { return start }
        if let weeks = span.weeks, weeks > 0 { return span.end.adding(days: 1 - 7 * weeks) }
        guard let months = span.months, months > 0,
              span.end.isMonthEnd else { return nil }
        let monthIndex = span.end.year * 12 + (span.end.month - 1) - (months - 1)
        return CalendarDate(year: monthIndex / 12, month: monthIndex % 12 + 1, day: 1)
    }
}
