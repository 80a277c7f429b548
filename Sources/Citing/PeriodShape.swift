/// What a period key says about its period: an instant, or a duration of so many months ending
/// on a date (a fiscal year `FY2018` is twelve months). Two figures can be added or subtracted
/// only when their shapes are alike (no quarter minus year, no balance plus flow).
public enum PeriodShape: Equatable, Sendable, CustomStringConvertible {
    case instant(String)
    case months(Int)

    /// The shape of a period key (`FY2018`, `3M-2023-07-01`, `2018-12-31`); nil for another key.
    public init?(key: String) {
        if key.hasPrefix("FY"), Int(key.dropFirst(2)) != nil {
            self = .months(12)
        } else if let m = key.firstIndex(of: "M"), let months = Int(key[..<m]), key[key.index(after: m)...].hasPrefix("-") {
            self = .months(months)
        } else if key.count == 10, key.split(separator: "-").count == 3 {
            self = .instant(key)
        } else {
            return nil
        }
    }

    /// Whether figures of these shapes may be added or subtracted: durations of one length, or instants.
    public func isAdditive(with other: PeriodShape) -> Bool {
        switch (self, other) {
        case (.instant, .instant): true
        case (.months(let a), .months(let b)): a == b
        default: false
        }
    }

    public var description: String {
        switch self {
        case .instant(let date): "instant \(date)"
        case .months(12): "12-month period"
        case .months(let n): "\(n)-month period"
        }
    }
}
