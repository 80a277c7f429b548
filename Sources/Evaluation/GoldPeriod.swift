import TickmarkModel

/// A gold period read as what it means in time, to be compared with our `Period` by its end
/// date and key prefix — never by fiscal-year naming, which filers choose differently.
public enum GoldPeriod: Sendable, Hashable, CustomStringConvertible {
    /// A duration of that many months ending on that day (`FY…` → 12, `13W:` → 3, `39W:` → 9).
    case duration(months: Int, end: CalendarDate)
    case instant(CalendarDate)

    /// Reads `FY2018` (with `period_end`), `3M:`/`6M:`/`9M:YYYY-MM-DD`, `13W:`/`26W:`/`39W:`/`52W:`,
    /// or an ISO date. Nil when the text says neither.
    public init?(period: String, periodEnd: String) {
        if period.hasPrefix("FY") {
            guard let end = CalendarDate(iso: periodEnd) else { return nil }
            self = .duration(months: 12, end: end)
            return
        }
        let parts = period.split(separator: ":", maxSplits: 1).map(String.init)
        if parts.count == 2 {
            guard let end = CalendarDate(iso: parts[1]) ?? CalendarDate(iso: periodEnd),
                  let months = GoldPeriod.months(lengthCode: parts[0]) else { return nil }
            self = .duration(months: months, end: end)
            return
        }
        guard let day = CalendarDate(iso: period) else { return nil }
        self = .instant(day)
    }

    /// `3M` → 3, `13W` → 3, `39W` → 9, `52W`/`53W` → 12; nil otherwise.
    static func months(lengthCode: String) -> Int? {
        guard let unit = lengthCode.last, let count = Int(lengthCode.dropLast()), count > 0 else { return nil }
        switch unit {
        case "M": return count
        case "W": return Int((Double(count) * 12 / 52).rounded())
        default: return nil
        }
    }

    /// The key prefix our period must carry: `FY` for a year, `3M-` for three months; the date for an instant.
    public var keyPrefix: String {
        switch self {
        case .duration(let months, _): months == 12 ? "FY" : "\(months)M-"
        case .instant(let day): day.iso
        }
    }

    /// True when our period is the same span: same type, same end day, and a key of the same length.
    public func matches(_ period: Period) -> Bool {
        switch self {
        case .instant(let day):
            guard period.type == .instant else { return false }
            return period.end.map { $0 == day } ?? (period.key == day.iso)
        case .duration(let months, let end):
            guard period.type == .duration, period.key.hasPrefix(keyPrefix) else { return false }
            if let ours = period.end { return ours == end }
            return months != 12 && period.key == "\(months)M-\(end.iso)"
        }
    }

    public var description: String {
        switch self {
        case .duration(let months, let end): "\(months) months to \(end.iso)"
        case .instant(let day): "instant \(day.iso)"
        }
    }
}
