import TickmarkModel

/// Reads the period of each value column from its stacked header text, helped by the text
/// around the table (title lines such as "Years ended December 31", the document's period end).
struct PeriodHeaderParser: Sendable {
    /// The statement's kind: balance sheet columns are instants, every other kind durations.
    var kind: StatementKind
    /// Header text that belongs to no single column: title lines and header label cells.
    var context: String
    /// The document's period end (cover page), used when a header prints only years; a date
    /// inferred from it marks the span's `printedKey`, so IDs do not depend on it.
    var documentPeriodEnd: CalendarDate?
    /// True for annual reports (10-K, 20-F): a duration column that prints no length is a year.
    var isAnnualDocument: Bool
    /// Full period-end dates printed elsewhere in the document, for columns that print a year only.
    var fiscalYearEnds = FiscalYearEnds(dates: [])

    /// One `PeriodColumn` per header text, and a diagnostic for each column whose period
    /// could not be read.
    func columns(headers: [String], page: Int?) -> (columns: [PeriodColumn], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let contextWords = PrintedText.words(context)
        // "At January 1, 2017 and January 3, 2016" over columns "2016  2015": one date each.
        let contextDates = DateReader.dates(in: contextWords).compactMap { d in
            d.year.flatMap { y in d.month.flatMap { m in d.day.flatMap { CalendarDate(year: y, month: m, day: $0) } } }
        }
        let latestYear = headers.flatMap { DateReader.dates(in: PrintedText.words($0).map(Self.fiscalYearWord)) }
            .compactMap(\.year).max()
        let read = headers.enumerated().map { index, header -> PeriodSpan? in
            let ownDate = contextDates.count == headers.count ? contextDates[index] : nil
            return period(header: header, contextWords: contextWords, contextDate: ownDate, latestYear: latestYear)
        }
        let periods = QuarterHeadings.dated(read, headers: headers, kind: kind, anchor: documentPeriodEnd)
        let columns = zip(headers, periods).map { header, period -> PeriodColumn in
            if period == nil || period?.key == nil {
                diagnostics.append(Diagnostic(code: "period-unreadable",
                                              message: "\(kind.rawValue): cannot read the period of column \"\(header)\"", page: page))
            }
            return PeriodColumn(header: header, period: period)
        }
        return (columns, diagnostics)
    }

    private func period(header: String, contextWords: [String], contextDate: CalendarDate?, latestYear: Int?) -> PeriodSpan? {
        let words = PrintedText.words(header).map(Self.fiscalYearWord)
        if let range = DateReader.range(in: words) {
            return kind == .balance ? .instant(range.end) : PeriodSpan(kind: .duration, end: range.end, start: range.start)
        }
        guard let found = endDate(words: words, contextWords: contextWords, contextDate: contextDate, latestYear: latestYear)
        else { return nil }
        let end = found.end
        var span = PeriodSpan.instant(end)
        if kind != .balance {
            // Context naming several lengths ("Three Months Ended … Nine Months Ended") says
            // nothing about one column: its length is left unread rather than guessed.
            let contextLength = Self.namesSeveralLengths(contextWords) ? nil : DateReader.length(in: contextWords)
            let length = DateReader.length(in: words) ?? contextLength ?? (isAnnualDocument ? (12, nil) : nil)
            span = PeriodSpan(kind: .duration, end: end, months: length?.months, weeks: length?.weeks)
        }
        guard let printedYear = found.printedYear else { return span }
        return span.inferred(printedYear: printedYear) ?? span
    }

    /// Whether the words print more than one period length ("three months … nine months").
    static func namesSeveralLengths(_ words: [String]) -> Bool {
        let units: Set<String> = ["month", "months", "week", "weeks"]
        let counts = words.indices.dropFirst().filter { units.contains(words[$0]) }.map { words[$0 - 1] + words[$0] }
        return Set(counts.map { $0.hasSuffix("s") ? String($0.dropLast()) : $0 }).count > 1
    }

    /// "fy2019" → "2019", so "FY2019" reads as a year.
    private static func fiscalYearWord(_ word: String) -> String {
        word.hasPrefix("fy") && PrintedText.year(in: String(word.dropFirst(2))) != nil ? String(word.dropFirst(2)) : word
    }

    /// The column's end date, and the year the header prints when that date is not printed near
    /// the table but inferred from the document's period end (nil when it is printed).
    private func endDate(words: [String], contextWords: [String], contextDate: CalendarDate?,
                         latestYear: Int?) -> (end: CalendarDate, printedYear: Int?)? {
        if let date = DateReader.fullDate(in: words) { return (date, nil) }
        let own = DateReader.dates(in: words)
        guard let year = own.compactMap(\.year).last else { return nil }
        // The title's date for this column: same year, or early January of the next one
        // (a 52/53-week year such as "2016" ending January 1, 2017).
        if let contextDate, contextDate.year == year || (contextDate.month == 1 && contextDate.year == year + 1) {
            return (contextDate, nil)
        }
        // The context's month and day: one printed with this year, else the one nearest the table.
        let contextMonthDays = DateReader.dates(in: contextWords).filter { $0.month != nil && $0.day != nil }
        let monthDay = own.first { $0.month != nil && $0.day != nil }
            ?? contextMonthDays.first { $0.year == year } ?? contextMonthDays.last
        if let month = monthDay?.month, let day = monthDay?.day {
            return CalendarDate(year: year, month: month, day: day).map { ($0, nil) }
        }
        if let documentEnd = documentPeriodEnd {
            // A year printed alone names a fiscal year: the one ending on the document's month
            // and day (fiscal 2016 of a year ending January 1, 2017 ends in 2017), or on a date
            // the document prints a few days off it (a 52/53-week year). A filer whose year ends
            // in the first months of the next one may name it by the year it began: "2023"
            // over the year ended February 4, 2024.
            let namedByStart = latestYear == documentEnd.year - 1 && documentEnd.month <= 3
            let shift = namedByStart ? 1 : documentEnd.year - PeriodSpan.instant(documentEnd).fiscalYear
            let endYear = year + shift
            let day = min(documentEnd.day, CalendarDate.daysIn(month: documentEnd.month, year: endYear))
            return CalendarDate(year: endYear, month: documentEnd.month, day: day).map { (fiscalYearEnds.end(near: $0), year) }
        }
        return nil
    }
}
