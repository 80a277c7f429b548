import Testing
import TickmarkModel
@testable import XBRLRecognition

@Suite struct InlineFactPeriodCheckTests {
    private static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? CalendarDate(dayNumber: 0) }
    private static let quarter = PeriodSpan(kind: .duration, end: date("2023-07-02"), start: date("2023-04-03"))

    private func cell(_ context: String) -> RecognizedCell {
        let fact = TaggedFact(concept: "us-gaap:NetIncomeLoss", contextRef: context, unitRef: "usd", value: "1", decimals: "-6",
                              element: context, isNumeric: true)
        return RecognizedCell(printed: "1", locator: Locator(), fact: fact)
    }

    @Test func cellsTaggedWithAnotherPeriodAreLeftOut() {
        let contexts = [
            XBRLContext(id: "q2-23", entity: "1", period: Self.quarter, dimensions: [:]),
            XBRLContext(id: "q2-22", entity: "1", period: PeriodSpan(kind: .duration, end: Self.date("2022-07-03"),
                                                                     start: Self.date("2022-04-04")), dimensions: [:]),
            XBRLContext(id: "open", entity: "1", period: .instant(Self.date("2023-04-02")), dimensions: [:]),
            XBRLContext(id: "close", entity: "1", period: .instant(Self.date("2023-07-02")), dimensions: [:]),
        ]
        let facts = XBRLFacts(contexts: Dictionary(uniqueKeysWithValues: contexts.map { ($0.id, $0) }))
        let rows = ["q2-23", "q2-22", "open", "close"].map {
            RecognizedRow(label: $0, section: [], depth: 0, isTotal: false, cells: [cell($0)])
        }
        let statement = RecognizedStatement(kind: .equity, title: "Equity", pages: [], scale: .units, currency: "USD",
                                            columns: [PeriodColumn(header: "Three months ended July 2, 2023", period: Self.quarter)],
                                            rows: rows, tableIndexes: [0])
        let (checked, diagnostics) = InlineFactPeriodCheck().check([statement], facts: facts)
        #expect(checked[0].rows.map { $0.cells[0] != nil } == [true, false, true, true])
        #expect(diagnostics.map(\.code) == ["tagged-period-differs"])
    }

    @Test func anOpeningBalanceFitsWithoutAPrintedStart() {
        let column = PeriodSpan(kind: .duration, end: Self.date("2023-07-30"), months: 6)
        #expect(InlineFactPeriodCheck.fits(.instant(Self.date("2023-01-29")), in: column))
        #expect(!InlineFactPeriodCheck.fits(.instant(Self.date("2022-07-31")), in: column))
    }

    @Test func columnsTakeTheirTaggedPeriodsExactDates() {
        let tagged = PeriodSpan(kind: .duration, end: Self.date("2022-07-31"), start: Self.date("2022-05-02"))
        let facts = XBRLFacts(contexts: ["q": XBRLContext(id: "q", entity: "1", period: tagged, dimensions: [:])])
        let printed = PeriodSpan(kind: .duration, end: Self.date("2022-07-31"), months: 3)
        let statement = RecognizedStatement(kind: .income, title: "Earnings", pages: [], scale: .units, currency: "USD",
                                            columns: [PeriodColumn(header: "Three Months Ended July 31, 2022", period: printed),
                                                      PeriodColumn(header: "2022", period: nil)],
                                            rows: [RecognizedRow(label: "Net sales", section: [], depth: 0, isTotal: false,
                                                                 cells: [cell("q"), cell("q")])],
                                            tableIndexes: [0])
        let columns = InlineColumnPeriods().fill([statement], facts: facts)[0].columns
        #expect(columns.map { $0.period?.start } == [Self.date("2022-05-02"), Self.date("2022-05-02")])
    }
}
