import TickmarkModel

/// Reads the periods of a statement that prints them down the rows (most equity statements:
/// components across, "Balance at December 31, 2017", the year's activity, the next balance…).
///
/// A balance row ("Balance at/as of …", "Balances at …", "Balance, …" followed by a date, or
/// a label that is a date alone) is an
/// instant at its date; a row between balance rows dated D1 and D2 is the duration from the day
/// after D1 (D1 itself for an opening balance on a month's first day) to D2. Rows before the
/// first balance row or after the last one get no period.
enum RowPeriodReader {
    /// The rows with their periods filled, and a diagnostic when some value rows got none.
    static func dated(_ rows: [RecognizedRow], statementTitle: String,
                      page: Int?) -> (rows: [RecognizedRow], diagnostics: [Diagnostic]) {
        let balanceDates = rows.map { balanceDate(label: $0.label) }
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
