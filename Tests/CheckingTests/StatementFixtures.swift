import Foundation
import TickmarkModel

/// Small statements printed "in millions", built line by line: `row("Total assets", total: true, "2023-12-31": "1,000")`.
enum StatementFixtures {
    static func period(_ key: String) -> Period {
        if key.hasPrefix("FY"), let year = Int(key.dropFirst(2)) {
            return Period(key: key, type: .duration, start: CalendarDate(iso: "\(year)-01-01"),
                          end: CalendarDate(iso: "\(year)-12-31"), fiscalYear: year, header: key)
        }
        return Period(key: key, type: .instant, start: nil, end: CalendarDate(iso: key), fiscalYear: nil, header: key)
    }

    /// A line whose printed values are scaled by a million ("1,577" → 1577000000; "(12)" → -12000000).
    static func row(_ label: String, total: Bool = false, concept: String? = nil, unit: String = "USD",
                    _ printed: KeyValuePairs<String, String>) -> Line {
        let facts = printed.map { key, text -> Fact in
            let negative = text.hasPrefix("(")
            let digits = text.filter { $0.isNumber || $0 == "." }
            let magnitude = Decimal(string: digits) ?? 0
            let scale: Decimal = unit == "USD" ? 1_000_000 : 1
            return Fact(id: "", period: key, value: (negative ? -magnitude : magnitude) * scale, printed: text,
                        xbrlValue: nil, unit: unit, locator: Locator(page: 1))
        }
        return Line(id: "", label: label, section: [], depth: 0, isTotal: total, concept: concept, xbrlConcept: nil, facts: facts)
    }

    static func statement(_ kind: StatementKind, title: String = "", periods: [String], _ lines: [Line]) -> Statement {
        Statement(id: "", kind: kind, title: title, pages: [1], currency: "USD", scale: 1_000_000,
                  periods: periods.map(period), lines: lines)
    }

    static func document(_ statements: Statement...) -> NormalizedDocument {
        NormalizedDocument(metadata: DocumentMetadata(), statements: statements, tables: [], diagnostics: [])
    }
}
