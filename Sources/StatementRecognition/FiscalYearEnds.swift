import TickmarkModel

/// The period-end dates a document prints in full (balance sheet headings, dated balance rows
/// of the equity statement), to date the columns that print only a year: a 52/53-week filer's
/// years end on different days ("2023" ends September 30, 2023, "2022" October 1, 2022).
struct FiscalYearEnds: Sendable {
    /// Every full date printed as a column heading or a dated balance row, ascending.
    var dates: [CalendarDate]
    /// The full dates printed as column headings only.
    var headingDates: Set<CalendarDate> = []

    /// How far the date of a printed year may lie from the cover's month and day.
    static let toleranceInDays = 7

    init(dates: [CalendarDate]) { self.dates = Array(Set(dates)).sorted() }

    /// Reads the dates from the statements' tables.
    init(groups: [ContinuationJoiner.Group]) {
        var headings: [CalendarDate] = []
        var balances: [CalendarDate] = []
        for group in groups {
            for part in group.parts {
                headings += part.headings.compactMap { DateReader.fullDate(in: PrintedText.words($0)) }
                guard group.kind == .equity else { continue }
                balances += part.layout.bodyRows.compactMap { RowPeriodReader.balanceDate(label: part.layout.label(of: $0)) }
            }
        }
        self.init(dates: headings + balances)
        headingDates = Set(headings)
    }

    /// The printed date nearest `estimate` within the tolerance, else `estimate` itself.
    func end(near estimate: CalendarDate) -> CalendarDate {
        let near = dates.filter { abs($0.dayNumber - estimate.dayNumber) <= Self.toleranceInDays }
        return near.min { abs($0.dayNumber - estimate.dayNumber) < abs($1.dayNumber - estimate.dayNumber) } ?? estimate
    }
}
