import Evaluation
import Foundation
import TickmarkModel

/// A small record in the given format: a balance sheet (one labelled and one unlabeled total), an
/// income statement and a cash-flow statement with capex (positive `xbrlValue` outside PDFs).
func sampleRecord(format: FileFormat = .pdf) -> DocumentRecord {
    let year = Period(key: "FY2018", type: .duration, start: CalendarDate(iso: "2018-01-01"),
                      end: CalendarDate(iso: "2018-12-31"), fiscalYear: 2018, header: "2018")
    let instant = Period(key: "2018-12-31", type: .instant, start: nil, end: CalendarDate(iso: "2018-12-31"),
                         fiscalYear: 2018, header: "December 31, 2018")
    func fact(_ period: String, _ value: Decimal?, page: Int = 58, xbrl: Decimal? = nil) -> Fact {
        Fact(id: "", period: period, value: value, printed: nil, xbrlValue: xbrl, unit: "USD", locator: Locator(page: page))
    }
    let balance = Statement(id: "", kind: .balance, title: "Balance Sheet", pages: [58], currency: "USD", scale: 1_000_000,
                            periods: [instant], lines: [
                                Line(id: "", label: "Total assets", section: [], depth: 0, isTotal: true, concept: "Assets",
                                     xbrlConcept: nil, facts: [fact("2018-12-31", 36_500_000_000)]),
                                Line(id: "", label: "", section: [], depth: 0, isTotal: true, concept: nil,
                                     xbrlConcept: nil, facts: [fact("2018-12-31", 30_210_706_000)]),
                            ])
    let income = Statement(id: "", kind: .income, title: "Income", pages: [56], currency: "USD", scale: 1_000_000,
                           periods: [year], lines: [
                               Line(id: "", label: "Net sales", section: [], depth: 0, isTotal: false, concept: "Revenues",
                                    xbrlConcept: nil, facts: [fact("FY2018", 32_765_000_000, page: 56)]),
                           ])
    let cashFlow = Statement(id: "", kind: .cashFlow, title: "Cash flows", pages: [60], currency: "USD", scale: 1_000_000,
                             periods: [year], lines: [
                                 Line(id: "", label: "Purchases of property, plant and equipment", section: [], depth: 0,
                                      isTotal: false, concept: "CapitalExpenditure", xbrlConcept: nil,
                                      facts: [fact("FY2018", -1_577_000_000, page: 60, xbrl: format == .pdf ? nil : 1_577_000_000)]),
                             ])
    return DocumentRecord(id: "doc", sha256: "", file: "x.pdf", format: format,
                          entity: EntityRecord(name: nil, ticker: nil, cik: nil), form: nil, fiscalYear: 2018,
                          periodEnd: nil, pageCount: 100, statements: [balance, income, cashFlow], tables: [], warnings: [])
}

/// A gold fact of `pdf/X.pdf`, in millions on page 58 unless told.
func gold(_ statement: String, _ label: String, _ period: String, end: String = "2018-12-31",
          value: Decimal, scale: Decimal = 1_000_000, page: Int? = 58) -> GoldFact {
    GoldFact(file: "pdf/X.pdf", statement: statement, label: label, period: period, periodEnd: end,
             value: value, scale: scale, page: page, concept: nil)
}
