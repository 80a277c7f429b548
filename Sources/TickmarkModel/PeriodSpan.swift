/// What a column header or an XBRL context says about time: an instant, or a duration known by
/// its start date, its length in months or weeks, or both. Its key is an ID rule
/// (see `Identification`).
public struct PeriodSpan: Sendable, Hashable {
    public enum Kind: String, Codable, Sendable { case duration, instant }

    public var kind: Kind
    /// Last day of the period (the instant's day).
    public var end: CalendarDate
    /// First day of a duration, when known.
    public var start: CalendarDate?
    /// Length as printed, when printed in months ("Three Months Ended" → 3, "Year Ended" → 12).
    public var months: Int?
    /// Length as printed, when printed in weeks ("13 Weeks Ended", "52 weeks").
    public var weeks: Int?
    /// Set when the header prints no end date and `end` is an inference (the cover page's period
    /// end, a quarter stepped back from another column): the key of what the header does print,
    /// which IDs use instead of `key` — `FY2019` (a year), `9M-FY2023` (a year-to-date of a
    /// fiscal year), `Q3-2023` (a quarter), with `-end` for an instant (`FY2019-end`).
    public var printedKey: String?

    public init(kind: Kind, end: CalendarDate, start: CalendarDate? = nil, months: Int? = nil, weeks: Int? = nil,
                printedKey: String? = nil) {
        self.kind = kind
        self.end = end
        self.start = start
        self.months = months
        self.weeks = weeks
        self.printedKey = printedKey
    }

    public static func instant(_ d: CalendarDate) -> PeriodSpan { PeriodSpan(kind: .instant, end: d) }

    /// The length in whole months: printed months, else weeks (13 → 3, 52/53 → 12), else from
    /// start and end dates. Nil for an instant or when nothing says.
    public var lengthInMonths: Int? {
        guard kind == .duration else { return nil }
        if let months { return months }
        if let weeks { return Int((Double(weeks) * 12 / 52).rounded()) }
        if let start {
            let days = end.dayNumber - start.dayNumber + 1
            return Int((Double(days) / 30.4375).rounded())
        }
        return nil
    }

    /// Fiscal year: the calendar year of the period end, except that a period ending in the
    /// first week of January belongs to the year before.
    public var fiscalYear: Int {
        end.month == 1 && end.day <= 7 ? end.year - 1 : end.year
    }
}

extension PeriodSpan {
    /// The period key of the ID rules: `FY2018` for a full year (12 months, 52 or 53 weeks),
    /// `3M-2023-07-01` for another duration, the ISO date for an instant. Nil when a
    /// duration's length is unknown.
    public var key: String? {
        switch kind {
        case .instant:
            return end.iso
        case .duration:
            guard let months = lengthInMonths, months > 0 else { return nil }
            return months == 12 ? "FY\(fiscalYear)" : "\(months)M-\(end.iso)"
        }
    }
}

extension PeriodSpan {
    /// The span with its end marked inferred: its printed key names the fiscal `year` the header
    /// prints (`FY2019`, `9M-FY2023`, `FY2019-end`); nil when a duration's length is unknown.
    public func inferred(printedYear year: Int) -> PeriodSpan? {
        var span = self
        switch kind {
        case .instant:
            span.printedKey = "FY\(year)-end"
        case .duration:
            guard let months = lengthInMonths, months > 0 else { return nil }
            span.printedKey = months == 12 ? "FY\(year)" : "\(months)M-FY\(year)"
        }
        return span
    }
}
