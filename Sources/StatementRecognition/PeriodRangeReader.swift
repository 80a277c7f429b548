import TickmarkModel

/// Reads a column printed as a date range, as predecessor and successor stub periods are:
/// "Successor | Period from March 1, 2024 through December 31, 2024 (10 months)". The period
/// runs from the first date to the second and its length comes from those exact dates (so a
/// 10-month stub is never taken for the year a title names). "Successor"/"Predecessor" stays in
/// the printed header only.
enum PeriodRangeReader {
    private static let connectors: Set<String> = ["from", "through", "thru", "to", "until"]

    /// The duration the words print as a range, or nil when they print no "from … through …"
    /// pair of full dates with the start before the end.
    static func span(in words: [String]) -> PeriodSpan? {
        guard words.contains(where: connectors.contains) else { return nil }
        let dates = DateReader.dates(in: words).compactMap { d in
            d.year.flatMap { y in d.month.flatMap { m in d.day.flatMap { CalendarDate(year: y, month: m, day: $0) } } }
        }
        guard dates.count == 2, dates[0].dayNumber < dates[1].dayNumber else { return nil }
        return PeriodSpan(kind: .duration, end: dates[1], start: dates[0])
    }
}
