import TickmarkModel

/// The statement part of statement IDs: the kind, and for a further statement of a kind the
/// document already printed, a qualifier from what it prints differently from the first one.
///
/// In that order: its currency (a convenience translation: `balance.usd`), the lengths of its
/// durations (a 10-Q printing the quarter and the half-year as two tables: `income.6m`), the
/// latest year of its periods (equity blocks printed one per year: `equity.2022`), its printed
/// title (`income.condensed-statements-of-income`). Only when nothing printed tells it apart, or
/// that qualifier is taken already, is it its place among the statements of its kind
/// (`income.2`), the one positional rule.
enum StatementKeys {
    static func make(for statements: [Statement]) -> [CitationID.StatementPart] {
        var firstOfKind: [StatementKind: Statement] = [:]
        var taken: Set<CitationID.StatementPart> = []
        var countOfKind: [StatementKind: Int] = [:]
        return statements.map { statement in
            countOfKind[statement.kind, default: 0] += 1
            var part = CitationID.StatementPart(kind: statement.kind)
            if let first = firstOfKind[statement.kind] {
                part.qualifier = qualifier(statement, against: first)
                if part.qualifier == nil || taken.contains(part) {
                    part.qualifier = String(countOfKind[statement.kind]!)
                }
            } else {
                firstOfKind[statement.kind] = statement
            }
            taken.insert(part)
            return part
        }
    }

    private static func qualifier(_ statement: Statement, against first: Statement) -> String? {
        if let currency = statement.currency, currency != first.currency { return currency.lowercased() }
        let lengths = durationLengths(statement)
        if lengths != durationLengths(first), !lengths.isEmpty { return lengths.joined(separator: "-") }
        let year = latestYear(statement)
        if year != latestYear(first), let year { return String(year) }
        let title = Slug.make(statement.title)
        if title != Slug.make(first.title), !title.isEmpty { return title }
        return nil
    }

    /// `["3m", "9m"]` for a statement of quarter and nine-month columns; a full year is `12m`.
    private static func durationLengths(_ statement: Statement) -> [String] {
        let lengths = statement.periods.compactMap { period -> String? in
            guard period.type == .duration else { return nil }
            if period.key.hasPrefix("FY") { return "12m" }
            return period.key.split(separator: "-").first.map { $0.lowercased() }
        }
        return Array(Set(lengths)).sorted { (Int($0.dropLast()) ?? 0, $0) < (Int($1.dropLast()) ?? 0, $1) }
    }

    /// The latest year the periods print: an inferred end's year is not printed, its printed
    /// key's (`FY2022`, `Q3-2022`) is.
    private static func latestYear(_ statement: Statement) -> Int? {
        statement.periods.compactMap { period in
            guard period.endInferred else { return period.end?.year }
            return period.citationKey.split { !$0.isNumber }.lazy.compactMap { Int($0) }.first { $0 >= 1900 }
        }.max()
    }
}
