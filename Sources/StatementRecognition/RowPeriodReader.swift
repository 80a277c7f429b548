import TickmarkModel

/// Reads the periods of a statement that prints them down the rows (most equity statements:
/// components across, "Balance at December 31, 2017", the year's activity, the next balance…).
///
/// A balance row ("Balance at/as of …", "Balances at …", "Balance, …" followed by a date, or
/// a label that is a date alone) is an
/// instant at its date; a row between balance rows dated D1 and D2 is the duration from the day
/// after D1 (D1 itself for an opening balance on a month's first day) to D2. Rows before the
/// first balance row or after the last one get no period.
///
/// An opening balance dated a month's first day ("Balance as of October 1, 2021") is the closing
/// instant of the day before (September 30, 2021), the date the tagged filing gives it, when the
/// filer closes its periods at month ends or on that day of the year.
enum RowPeriodReader {
    /// The rows with their periods filled, and a diagnostic when some value rows got none;
    /// `periodEnds` are the period ends the document prints in full as column headings.
    static func dated(_ rows: [RecognizedRow], statementTitle: String, page: Int?,
                      periodEnds: Set<CalendarDate> = []) -> (rows: [RecognizedRow], diagnostics: [Diagnostic]) {
        let printedDates = rows.map { balanceDate(label: $0.label) }
        let balanceDates = instants(of: printedDates, opening: openingBalances(rows, dates: printedDates), periodEnds: periodEnds)
        var dated = rows
        var previous: CalendarDate?
        var undated = 0
        for index in rows.indices {
            if let date = balanceDates[index] {
                dated[index].period = PeriodSpan(kind: .instant, end: date)
                previous = date
                continue
            }
            let next = balanceDates[(index + 1)...].lazy.compactMap { $0 }.first
            if let start = previous, let end = next, start < end {
                dated[index].period = PeriodSpan(kind: .duration, end: end, start: firstDay(after: start))
            } else if rows[index].cells.contains(where: { $0 != nil }) {
                undated += 1
            }
        }
        guard undated > 0 else { return (dated, []) }
        let diagnostic = Diagnostic(
            code: "row-period-unknown",
            message: "\(statementTitle): \(undated) row(s) outside the printed balances name no period; their values are left out",
            page: page)
        return (dated, [diagnostic])
    }

    /// The instants of the balance rows: an opening balance (`opening`) on a month's first day
    /// stands for the day before when every other balance of the statement is at a month's end,
    /// or when the document closes a period on the day before's month and day (a
    /// quarter-on-Sundays filer's "Balance, January 1, 2022" beside a balance sheet at December
    /// 31, 2022). A 52/53-week filer's year may end on a first day: "Balance at October 1, 2022"
    /// closing that year's movements, or printed as a period end, is its own instant.
    static func instants(of dates: [CalendarDate?], opening: [Bool], periodEnds: Set<CalendarDate> = []) -> [CalendarDate?] {
        let others = dates.compactMap { $0 }.filter { $0.day != 1 }
        let monthEnds = !others.isEmpty && others.allSatisfy(\.isMonthEnd)
        let closingDays = Set(periodEnds.map { [$0.month, $0.day] })
        return zip(dates, opening).map { date, opens in
            guard let date, opens, date.day == 1, !periodEnds.contains(date), case let before = date.adding(days: -1),
                  monthEnds || closingDays.contains([before.month, before.day]) else { return date }
            return before
        }
    }

    /// Whether each row is a balance that opens a block: the first balance, or one printed right
    /// after another balance with no movement between them.
    static func openingBalances(_ rows: [RecognizedRow], dates: [CalendarDate?]) -> [Bool] {
        var seenBalance = false
        var moved = false
        return zip(rows, dates).map { row, date in
            guard date != nil else {
                if row.cells.contains(where: { $0 != nil }) { moved = true }
                return false
            }
            defer { seenBalance = true; moved = false }
            return !seenBalance || !moved
        }
    }

    /// The first day of the period after a balance: the next day, except for an opening balance
    /// printed at a month's first day ("Balance as of January 1, 2017" opens 2017 itself).
    static func firstDay(after balance: CalendarDate) -> CalendarDate {
        balance.day == 1 ? balance : balance.adding(days: 1)
    }

    /// Whether the statement prints its periods down the rows: at least two dated balance rows.
    static func hasRowPeriods(_ rows: [RecognizedRow]) -> Bool {
        rows.lazy.compactMap { balanceDate(label: $0.label) }.prefix(2).count == 2
    }

    /// Words that name the balance in a label ending with its date ("Stockholders' equity,
    /// December 31, 1996"); a label naming a span ("Net loss for year ended …") is no balance.
    private static let balanceWords: Set<String> = ["equity", "deficit", "capital"]
    private static let spanWords: Set<String> = ["ended", "ending", "for", "year", "months", "period"]

    /// The date of a balance row's label, or nil when the label is not a dated balance: "Balance
    /// at December 31, 2017", a bare date ("February 28, 2023", a quarter block's balance), or
    /// the total's name, a comma and the date ("Stockholders' equity, December 31, 1996").
    static func balanceDate(label: String) -> CalendarDate? {
        let words = PrintedText.words(label)
        if words.count == 3, let date = DateReader.fullDate(in: words) { return date }
        if let comma = label.firstIndex(of: ","), case let head = PrintedText.words(String(label[..<comma])),
           head.contains(where: balanceWords.contains), !head.contains(where: spanWords.contains),
           case let rest = PrintedText.words(String(label[label.index(after: comma)...])), rest.count == 3,
           let date = DateReader.fullDate(in: rest) {
            return date
        }
        guard let first = words.first, first == "balance" || first == "balances" else { return nil }
        let rest = Array(words.dropFirst())
        let lead: ArraySlice<String>
        if rest.first == "at" {
            lead = rest.dropFirst()
        } else if rest.starts(with: ["as", "of"]) {
            lead = rest.dropFirst(2)
        } else if label.drop(while: { $0 != "," && $0 != " " }).first == "," {
            lead = rest[...]
        } else {
            return nil
        }
        // The date follows at once ("Balance at December 31, 2017"), never later in the label.
        return DateReader.fullDate(in: Array(lead.prefix(3)))
    }
}
