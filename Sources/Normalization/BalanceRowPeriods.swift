import Foundation
import TickmarkModel

/// An equity statement with periods across and components down ("Common stock: Beginning
/// balance … Ending balance", years as columns) prints balances in duration columns: an
/// opening balance is the instant before the column's period begins, a closing balance (and a
/// total of equity) the instant it ends.
public enum BalanceRowPeriods {
    public enum Side: Equatable, Sendable { case opening, closing }

    private static let openingPrefixes = [
        "balance at beginning", "balance, beginning", "balances at beginning", "beginning balance",
        "balance beginning", "equity at beginning",
    ]
    private static let closingPrefixes = [
        "balance at end", "balance, end", "balances at end", "ending balance", "balance end", "equity at end",
        "total equity", "total shareholders", "total stockholders",
    ]

    /// Whether the label names an opening or a closing balance; nil for a movement.
    static func side(of label: String) -> Side? {
        let lower = label.lowercased().replacingOccurrences(of: "’", with: "'")
        if openingPrefixes.contains(where: lower.hasPrefix) { return .opening }
        // A 10-Q equity statement opening each block with its total: "Total shareholders' equity,
        // beginning balances" stands at the instant before the column begins.
        if lower.hasPrefix("total"), lower.contains("beginning balance") || lower.contains("beginning of") { return .opening }
        if closingPrefixes.contains(where: lower.hasPrefix) { return .closing }
        return nil
    }

    /// Whether a row of a statement of `kind` holds a balance, in a column of `period`:
    /// an equity statement's opening and closing balances, also those that name the day
    /// ("Balance at January 1" / "Balance at December 31" in an old annual report's equity note,
    /// matched against the column's first and last day); an income statement's count at the end
    /// of the period ("End of Period Shares Outstanding" in an earnings release).
    static func side(of label: String, kind: StatementKind, period: Period) -> Side? {
        let lower = label.lowercased()
        switch kind {
        case .equity:
            if let side = side(of: label) { return side }
            guard let date = ["balance at ", "balances at ", "balance, "].lazy.compactMap({ lower.hasPrefix($0) ? lower.dropFirst($0.count) : nil }).first
            else { return nil }
            if let end = period.end, date.hasPrefix(end.monthAndDay.lowercased()), !startsNumber(date.dropFirst(end.monthAndDay.count)) {
                return .closing
            }
            if let start = period.start, date.hasPrefix(start.monthAndDay.lowercased()), !startsNumber(date.dropFirst(start.monthAndDay.count)) {
                return .opening
            }
            return nil
        case .income:
            return namesEndOfPeriodCount(label) ? .closing : nil
        default:
            return nil
        }
    }

    /// "End of Period Shares Outstanding", "Shares outstanding at end of period": a count an
    /// income statement prints at the instant its period ends.
    public static func namesEndOfPeriodCount(_ label: String) -> Bool {
        let lower = label.lowercased()
        return lower.hasPrefix("end of period") || lower.contains("outstanding at end of")
    }

    /// "0" after "December 3": the day goes on, another day.
    private static func startsNumber(_ text: Substring) -> Bool {
        text.first?.isNumber == true
    }

    /// The instant a balance of a duration column stands at; nil when the period's first day is unknown
    /// (an opening balance) or the period is already an instant. When the column's end is
    /// inferred, so is the instant, named from the printed key: `FY2019-end`, `FY2019-start`.
    public static func instant(of period: Period, side: Side) -> Period? {
        guard period.type == .duration else { return nil }
        let day: CalendarDate?
        switch side {
        case .closing: day = period.end
        case .opening: day = period.start.map { $0.adding(days: -1) }
        }
        guard let day else { return nil }
        let printedKey = period.endInferred ? period.citationKey + (side == .closing ? "-end" : "-start") : nil
        return Period(key: day.iso, type: .instant, start: nil, end: day, fiscalYear: PeriodSpan.instant(day).fiscalYear,
                      header: period.header, printedKey: printedKey)
    }
}
