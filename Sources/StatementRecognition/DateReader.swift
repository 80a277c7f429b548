import TickmarkModel

/// Reads dates and period lengths from header words ("Three Months Ended July 1, 2023",
/// "52 Weeks Ended", "Fiscal 2019", "December 31,").
enum DateReader {
    /// A date as far as it is printed: month and day without a year ("December 31,") or a year alone.
    struct PartialDate: Equatable {
        var year: Int?
        var month: Int?
        var day: Int?

        /// The date as a header would print it ("December 31, 2018", "2018").
        var text: String {
            let monthName = month.map { CalendarDate.monthNames[$0 - 1] }
            switch (monthName, day, year) {
            case let (m?, d?, y?): return "\(m) \(d), \(y)"
            case let (m?, d?, nil): return "\(m) \(d)"
            case let (m?, nil, y?): return "\(m) \(y)"
            case let (_, _, y?): return String(y)
            default: return ""
            }
        }
    }

    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9, "twelve": 12, "thirteen": 13,
        "twentysix": 26, "thirtynine": 39, "fiftytwo": 52, "fiftythree": 53,
    ]

    /// Every date-like group in the words, in order: "july 1 2023" → full date, "december 31" →
    /// month and day, "2018" → year.
    static func dates(in printed: [String]) -> [PartialDate] {
        let words = printed.map(withoutOrdinalSuffix)
        var found: [PartialDate] = []
        var i = 0
        while i < words.count {
            if let month = months[words[i]] {
                var date = PartialDate(month: month)
                if i + 1 < words.count, let day = Int(words[i + 1]), (1...31).contains(day) {
                    date.day = day
                    i += 1
                    if i + 1 < words.count, let year = PrintedText.year(in: words[i + 1]) {
                        date.year = year
                        i += 1
                    }
                } else if i + 1 < words.count, let year = PrintedText.year(in: words[i + 1]) {
                    date.year = year
                    i += 1
                }
                found.append(date)
            } else if let day = Int(words[i]), (1...31).contains(day), i + 1 < words.count, let month = months[words[i + 1]] {
                // "31 March 2018", as British and European filings print dates.
                var date = PartialDate(month: month, day: day)
                i += 1
                if i + 1 < words.count, let year = PrintedText.year(in: words[i + 1]) {
                    date.year = year
                    i += 1
                }
                found.append(date)
            } else if let year = PrintedText.year(in: words[i]) {
                found.append(PartialDate(year: year))
            }
            i += 1
        }
        return found
    }

    /// "31st" → "31", "2nd" → "2"; other words unchanged.
    private static func withoutOrdinalSuffix(_ word: String) -> String {
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
            let number = word.dropLast(2)
            if !number.isEmpty, number.count <= 2, number.allSatisfy(\.isNumber) { return String(number) }
        }
        return word
    }

    /// The printed length of a duration: months ("three months", "year", "quarter") or weeks
    /// ("13 weeks", "fifty-two weeks"). Nil when the words name no length.
    static func length(in words: [String]) -> (months: Int?, weeks: Int?)? {
        for (i, word) in words.enumerated() {
            let next = i + 1 < words.count ? words[i + 1] : ""
            let count = Int(word) ?? numberWords[word] ?? (i + 1 < words.count ? numberWords[word + next] : nil)
            let unitIndex = numberWords[word + next] != nil && Int(word) == nil ? i + 2 : i + 1
            let unit = unitIndex < words.count ? words[unitIndex] : ""
            if let count {
                if unit.hasPrefix("month") { return (count, nil) }
                if unit.hasPrefix("week") { return (nil, count) }
            }
        }
        let joined = " " + words.joined(separator: " ") + " "
        if joined.contains(" quarter ") || joined.contains(" quarters ") { return (3, nil) }
        if joined.contains(" year ") || joined.contains(" years ") || joined.contains(" fiscal ")
            || joined.contains(" annual ") || joined.contains(" twelvemonths ") { return (12, nil) }
        return nil
    }

    /// A span printed from one full date to another ("January 1, 2023 to December 31, 2023"):
    /// its first and last day. Nil unless two full dates are joined by "to" or "through".
    static func range(in words: [String]) -> (start: CalendarDate, end: CalendarDate)? {
        guard let joint = words.firstIndex(where: { $0 == "to" || $0 == "through" }),
              let start = fullDate(in: Array(words[..<joint])), let end = fullDate(in: Array(words[(joint + 1)...])),
              start < end else { return nil }
        return (start, end)
    }

    /// The first complete date in the words.
    static func fullDate(in words: [String]) -> CalendarDate? {
        for d in dates(in: words) {
            if let y = d.year, let m = d.month, let day = d.day, let date = CalendarDate(year: y, month: m, day: day) {
                return date
            }
        }
        return nil
    }
}
