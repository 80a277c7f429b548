import TickmarkModel

/// Columns headed by fiscal quarters, as bank supplements print their trend tables ("Q3/23",
/// "3Q23", "Third Quarter 2023"), and the year-to-date columns beside them ("2023 9M",
/// "2022 12M"). Quarters name no date: the latest one ends on the anchor (the document's
/// period end, or the latest date another column prints), and each earlier quarter three
/// months before. Only month-end anchors are stepped back; otherwise nothing is read. Those
/// dates are inferences: the spans carry the printed quarter or year as `printedKey` (`Q3-2023`).
enum QuarterHeadings {
    /// Quarter `number` (1–4) of fiscal year `year`.
    struct Quarter: Equatable {
        var number: Int
        var year: Int

        var index: Int { year * 4 + number - 1 }
    }

    private static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4]

    /// The quarter a heading names, nil when it names none.
    static func quarter(in words: [String]) -> Quarter? {
        for (i, word) in words.enumerated() {
            let next = i + 1 < words.count ? words[i + 1] : nil
            // "q3" "23" / "q3" "2023"
            if word.count == 2, word.hasPrefix("q"), let n = Int(word.dropFirst()), let year = next.flatMap(Self.year) {
                return Quarter(number: n, year: year).validated
            }
            // "3q23" / "3q2023"
            if word.count >= 4, word.dropFirst().hasPrefix("q"), let n = Int(word.prefix(1)), let year = Self.year(String(word.dropFirst(2))) {
                return Quarter(number: n, year: year).validated
            }
            // "third quarter 2023"
            if let n = ordinals[word], next == "quarter", i + 2 < words.count, let year = PrintedText.year(in: words[i + 2]) {
                return Quarter(number: n, year: year)
            }
        }
        return nil
    }

    /// "23" → 2023, "2023" → 2023.
    private static func year(_ word: String) -> Int? {
        if word.count == 2, let short = Int(word) { return 2000 + short }
        return PrintedText.year(in: word)
    }

    /// The columns' periods with quarter columns and year-to-date columns ("2023 9M") dated
    /// from `anchor`; other columns keep theirs.
    static func dated(_ periods: [PeriodSpan?], headers: [String], kind: StatementKind, anchor: CalendarDate?) -> [PeriodSpan?] {
        let words = headers.map(PrintedText.words)
        let quarters = words.map(quarter(in:))
        guard let latest = quarters.compactMap({ $0?.index }).max() else { return periods }
        let printsDate = words.map { DateReader.fullDate(in: $0) != nil }
        let anchor = (anchor ?? periods.indices.filter { quarters[$0] == nil }.compactMap { periods[$0]?.end }.max())
            .flatMap { $0.isMonthEnd ? $0 : nil }
        let endOfQuarter = { (index: Int) in anchor.map { monthEnd($0, monthsBack: 3 * (latest - index)) } }
        return periods.indices.map { column in
            if let quarter = quarters[column] {
                // A quarter that prints its own full date keeps it.
                if printsDate[column] { return periods[column] }
                // Without a month-end anchor the quarter is left unread rather than guessed.
                guard let end = endOfQuarter(quarter.index) else { return nil }
                let printed = "Q\(quarter.number)-\(quarter.year)"
                return kind == .balance ? PeriodSpan(kind: .instant, end: end, printedKey: printed + "-end")
                    : PeriodSpan(kind: .duration, end: end, months: 3, printedKey: printed)
            }
            // "2023 9M": nine months to the end of the third quarter of fiscal 2023.
            guard kind != .balance, let months = yearToDateMonths(words[column]),
                  let year = words[column].compactMap(PrintedText.year(in:)).first,
                  DateReader.dates(in: words[column]).allSatisfy({ $0.month == nil }) else { return periods[column] }
            guard let end = endOfQuarter(Quarter(number: months / 3, year: year).index) else { return nil }
            return PeriodSpan(kind: .duration, end: end, months: months).inferred(printedYear: year)
        }
    }

    /// "9m" → 9, "12m" → 12 (a whole number of quarters).
    private static func yearToDateMonths(_ words: [String]) -> Int? {
        for word in words where word.count <= 3 && word.hasSuffix("m") {
            if let months = Int(word.dropLast()), [3, 6, 9, 12].contains(months) { return months }
        }
        return nil
    }

    /// The last day of the month `monthsBack` months before `date`'s.
    private static func monthEnd(_ date: CalendarDate, monthsBack: Int) -> CalendarDate {
        let index = date.year * 12 + date.month - 1 - monthsBack
        let (year, month) = (index / 12, index % 12 + 1)
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)) ?? date
    }
}

private extension QuarterHeadings.Quarter {
    var validated: Self? { (1...4).contains(number) ? self : nil }
}
