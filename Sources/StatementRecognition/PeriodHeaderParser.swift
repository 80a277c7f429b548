import TickmarkModel

/// Reads the period of each value column from its stacked header text, helped by the text
/// around the table (title lines such as "Years ended December 31", the document's period end).
struct PeriodHeaderParser: Sendable {
    /// The statement's kind: balance sheet columns are instants, every other kind durations.
    var kind: StatementKind
    /// Header text that belongs to no single column: title lines and header label cells.
    var context: String
    /// The document's period end (cover page), used when a header prints only years.
    var documentPeriodEnd: CalendarDate?
    /// True for annual reports (10-K, 20-F): a duration column that prints no length is a year.
    var isAnnualDocument: Bool

    /// One `PeriodColumn` per header text, and a diagnostic for each column whose period
    /// could not be read.
    func columns(headers: [String], page: Int?) -> (columns: [PeriodColumn], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let contextWords = PrintedText.words(context)
        // "At January 1, 2017 and January 3, 2016" over columns "2016  2015": one date each.
        let contextDates = DateReader.dates(in: contextWords).compactMap { d in
            d.year.flatMap { y in d.month.flatMap { m in d.day.flatMap { CalendarDate(year: y, month: m, day: $0) } } }
        }
        let columns = headers.enumerated().map { index, header -> PeriodColumn in
            let ownDate = contextDates.count == headers.count ? contextDates[index] : nil
            let period = period(header: header, contextWords: contextWords, contextDate: ownDate)
            if period == nil || period?.key == nil {
                diagnostics.append(Diagnostic(code: "period-unreadable",
                                              message: "\(kind.rawValue): cannot read the period of column \"\(header)\"", page: page))
            }
            return PeriodColumn(header: header, period: period)
        }
        return (columns, diagnostics)
    }

    private func period(header: String, contextWords: [String], contextDate: CalendarDate?) -> PeriodSpan? {
        let words = PrintedText.words(header).map(Self.fiscalYearWord)
        if kind != .balance, let range = PeriodRangeReader.span(in: words) { return range }
        guard let end = endDate(words: words, contextWords: contextWords, contextDate: contextDate) else { return nil }
        if kind == .balance { return .instant(end) }
        let length = DateReader.length(in: words) ?? DateReader.length(in: contextWords)
            ?? (isAnnualDocument ? (12, nil) : nil)
        return PeriodSpan(kind: .duration, end: end, months: length?.months, weeks: length?.weeks)
    }

    /// "fy2019" → "2019", so "FY2019" reads as a year.
    private static func fiscalYearWord(_ word: String) -> String {
        word.hasPrefix("fy") && PrintedText.year(in: String(word.dropFirst(2))) != nil ? String(word.dropFirst(2)) : word
    }

    private func endDate(words: [String], contextWords: [String], contextDate: CalendarDate?) -> CalendarDate? {
        if let date = DateReader.fullDate(in: words) { return date }
        let own = DateReader.dates(in: words)
        guard let year = own.compactMap(\.year).last else { return nil }
        // The title's date for this column: same year, or early January of the next one
        // (a 52/53-week year such as "2016" ending January 1, 2017).
        if let contextDate, contextDate.year == year || (contextDate.month == 1 && contextDate.year == year + 1) {
            return contextDate
        }
        // The context's month and day: one printed with this year, else the one nearest the table.
        let contextMonthDays = DateReader.dates(in: contextWords).filter { $0.month != nil && $0.day != nil }
        let monthDay = own.first { $0.month != nil && $0.day != nil }
            ?? contextMonthDays.first { $0.year == year } ?? contextMonthDays.last
        if let month = monthDay?.month, let day = monthDay?.day {
            return CalendarDate(year: year, month: month, day: day)
        }
        if let documentEnd = documentPeriodEnd {
            // A year printed alone names a fiscal year: the one ending on the document's month
            // and day (fiscal 2016 of a year ending January 1, 2017 ends in 2017).
            let shift = documentEnd.year - PeriodSpan.instant(documentEnd).fiscalYear
            let endYear = year + shift
            let day = min(documentEnd.day, CalendarDate.daysIn(month: documentEnd.month, year: endYear))
            return CalendarDate(year: endYear, month: documentEnd.month, day: day)
        }
        return nil
    }
}
