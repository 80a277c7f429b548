import Foundation
import Testing
import TickmarkModel
@testable import Normalization

@Suite struct NormalizerTests {
    private static let fy2024 = PeriodSpan(kind: .duration, end: CalendarDate(year: 2024, month: 12, day: 31)!, months: 12)
    private static let fy2023 = PeriodSpan(kind: .duration, end: CalendarDate(year: 2023, month: 12, day: 31)!, months: 12)

    private func cell(_ text: String) -> RecognizedCell {
        RecognizedCell(printed: text, locator: .pdf(page: 3, bbox: BoundingBox(x0: 1, y0: 2, x1: 3, y1: 4)))
    }

    private func row(_ label: String, _ cells: [String?], section: [String] = [], isTotal: Bool = false) -> RecognizedRow {
        RecognizedRow(label: label, section: section, depth: section.count, isTotal: isTotal, cells: cells.map { $0.map(cell) })
    }

    private func income(scale: String, rows: [RecognizedRow], columns: [PeriodColumn]? = nil,
                        currency: String? = "USD") -> Statement {
        let statement = RecognizedStatement(
            kind: .income, title: "CONSOLIDATED STATEMENTS OF INCOME", pages: [3],
            scale: Scale(exponent: 6, printed: scale), currency: currency,
            columns: columns ?? [PeriodColumn(header: "2024", period: Self.fy2024), PeriodColumn(header: "2023", period: Self.fy2023)],
            rows: rows, tableIndexes: [0])
        var diagnostics: [Diagnostic] = []
        return Normalizer().normalize(statement, diagnostics: &diagnostics)
    }

    @Test func balancesOfAnEquityStatementWithYearsAcrossAreInstants() throws {
        let statement = RecognizedStatement(
            kind: .equity, title: "Consolidated Statements of Changes in Total Equity", pages: [80],
            scale: Scale(exponent: 6, printed: "$ in millions"), currency: "USD",
            columns: [PeriodColumn(header: "2024", period: Self.fy2024), PeriodColumn(header: "2023", period: Self.fy2023)],
            rows: [row("Beginning balance", ["97,996", "102,121"], section: ["Retained earnings"]),
                   row("Common stock dividends", ["(5,786)", "(5,393)"], section: ["Retained earnings"]),
                   row("Ending balance", ["104,989", "97,996"], section: ["Retained earnings"]),
                   row("Total equity", ["105,143", "100,141"])],
            tableIndexes: [0])
        var diagnostics: [Diagnostic] = []
        let s = Normalizer().normalize(statement, diagnostics: &diagnostics)
        #expect(s.lines[0].facts.map(\.period) == ["2023-12-31", "2022-12-31"])
        #expect(s.lines[1].facts.map(\.period) == ["FY2024", "FY2023"])
        #expect(s.lines[2].facts.map(\.period) == ["2024-12-31", "2023-12-31"])
        #expect(s.lines[3].facts.map(\.period) == ["2024-12-31", "2023-12-31"])
        #expect(s.periods.map(\.key) == ["FY2024", "FY2023", "2023-12-31", "2022-12-31", "2024-12-31"])
        #expect(s.periods.last?.type == .instant)
    }

    @Test func appliesSignAndScaleToMoney() throws {
        let s = income(scale: "In millions, except per share amounts", rows: [
            row("Net sales", ["$ 32,765", "$ 31,657"]),
            row("Other expense, net", ["(1,577)", "—"]),
        ])
        #expect(s.scale == 1_000_000)
        #expect(s.periods.map(\.key) == ["FY2024", "FY2023"])
        #expect(s.periods[0].start == CalendarDate(year: 2024, month: 1, day: 1))
        let sales = s.lines[0]
        #expect(sales.concept == "revenue")
        #expect(sales.facts.map(\.value) == [Decimal(32_765_000_000), Decimal(31_657_000_000)])
        #expect(sales.facts[0].printed == "$ 32,765")
        #expect(sales.facts[0].unit == "USD")
        #expect(sales.facts[0].locator.page == 3)
        let other = s.lines[1]
        #expect(other.facts[0].value == Decimal(-1_577_000_000))
        #expect(other.facts[1].value == nil)
        #expect(other.facts[1].printed == "—")
    }

    @Test func perShareLinesAreNotScaled() {
        let eps = ["Earnings per share:"]
        let s = income(scale: "In millions, except per share amounts", rows: [
            row("Basic", ["$ 2.45", "(0.55)"], section: eps),
            row("Diluted", ["2.41", "(0.55)"], section: eps),
            row("Cash dividends declared per common share", ["0.88", "0.84"]),
        ])
        #expect(s.lines[0].facts.map(\.value) == [Decimal(sign: .plus, exponent: -2, significand: 245),
                                                   Decimal(sign: .minus, exponent: -2, significand: 55)])
        #expect(s.lines[0].facts[0].unit == "USD/shares")
        #expect(s.lines[0].concept == "eps_basic")
        #expect(s.lines[1].concept == "eps_diluted")
        #expect(s.lines[2].facts[0].value == Decimal(sign: .plus, exponent: -2, significand: 88))
        #expect(s.lines[2].facts[0].unit == "USD/shares")
        #expect(s.lines[2].concept == nil)
    }

    @Test func shareCountsFollowTheScalePhrase() {
        let shares = ["Weighted-average shares outstanding:"]
        let scaled = income(scale: "In millions, except per share amounts", rows: [
            row("Basic", ["605.4", "611"], section: shares),
        ])
        #expect(scaled.lines[0].facts[0].unit == "shares")
        #expect(scaled.lines[0].facts[0].value == Decimal(605_400_000))
        let unscaled = income(scale: "in millions, except share and per share data", rows: [
            row("Weighted-average shares used in computing earnings per share, diluted", ["605,400,000", nil]),
        ])
        #expect(unscaled.lines[0].facts.count == 1)
        #expect(unscaled.lines[0].facts[0].value == Decimal(605_400_000))
        #expect(unscaled.lines[0].facts[0].unit == "shares")
        let own = income(scale: "in millions; shares in thousands", rows: [row("Shares outstanding", ["1,200", "1,100"])])
        #expect(own.lines[0].facts[0].value == Decimal(1_200_000))
    }

    @Test func percentagesArePure() {
        let s = income(scale: "In millions", rows: [row("Effective tax rate", ["12.5%", "— %"])])
        #expect(s.lines[0].facts[0].value == Decimal(sign: .plus, exponent: -3, significand: 125))
        #expect(s.lines[0].facts[0].unit == "pure")
        #expect(s.lines[0].facts[1].value == nil)
    }

    @Test func currencyIsNeverAssumed() {
        let unsaid = income(scale: "In millions", rows: [row("Net sales", ["32,765", "31,657"])], currency: nil)
        #expect(unsaid.currency == nil)
        #expect(unsaid.lines[0].facts[0].unit == nil)
        let dollars = income(scale: "In millions", rows: [row("Net sales", ["$ 32,765", "$ 31,657"])], currency: nil)
        #expect(dollars.currency == "USD")
        #expect(dollars.lines[0].facts[0].unit == "USD")
    }

    @Test func columnWithoutPeriodIsDroppedWithDiagnostic() {
        let statement = RecognizedStatement(
            kind: .income, title: "STATEMENTS OF INCOME", pages: [4], scale: Scale(exponent: 3, printed: "in thousands"),
            currency: "USD", columns: [PeriodColumn(header: "2024", period: Self.fy2024), PeriodColumn(header: "Change", period: nil)],
            rows: [row("Revenue", ["1,000", "12"])], tableIndexes: [0])
        let document = RecognizedDocument(metadata: DocumentMetadata(), statements: [statement], tables: [], diagnostics: [])
        let normalized = Normalizer().normalize(document)
        let s = normalized.statements[0]
        #expect(s.periods.map(\.key) == ["FY2024"])
        #expect(s.lines[0].facts.count == 1)
        #expect(s.lines[0].facts[0].value == Decimal(1_000_000))
        #expect(normalized.diagnostics.map(\.code) == ["period-unknown"])
        #expect(normalized.diagnostics.first?.page == 4)
    }

    @Test func duplicatePeriodsAreKept() {
        let s = income(scale: "In millions", rows: [row("Revenue", ["1", "2"])],
                       columns: [PeriodColumn(header: "As reported 2024", period: Self.fy2024),
                                 PeriodColumn(header: "As adjusted 2024", period: Self.fy2024)])
        #expect(s.periods.map(\.key) == ["FY2024", "FY2024"])
        #expect(s.lines[0].facts.map(\.period) == ["FY2024", "FY2024"])
    }

    @Test func taggedFactsKeepTheirOwnValue() {
        let tagged = TaggedFact(concept: "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", contextRef: "FY2024",
                                unitRef: "usd", value: "1577000000", decimals: "-6", element: "f1", printed: "(1,577)",
                                isNumeric: true)
        var printed = cell("(1,577)")
        printed.fact = tagged
        var instanceFact = tagged
        instanceFact.printed = nil
        let instance = RecognizedCell(printed: "1577000000", locator: Locator(concept: tagged.concept), fact: instanceFact)
        let statement = RecognizedStatement(
            kind: .cashFlow, title: "CASH FLOWS", pages: [], scale: Scale(exponent: 6), currency: "USD",
            columns: [PeriodColumn(header: "2024", period: Self.fy2024), PeriodColumn(header: "2024", period: Self.fy2024)],
            rows: [RecognizedRow(label: "Purchases of property, plant and equipment", section: ["Investing activities"],
                                 depth: 1, isTotal: false, cells: [printed, instance], xbrlConcept: tagged.concept,
                                 xbrlDimensions: ["srt:ProductOrServiceAxis=us-gaap:ProductMember"])],
            tableIndexes: [])
        var diagnostics: [Diagnostic] = []
        let line = Normalizer().normalize(statement, diagnostics: &diagnostics).lines[0]
        #expect(line.concept == "capital_expenditures")
        #expect(line.xbrlConcept == tagged.concept)
        #expect(line.xbrlDimensions == ["srt:ProductOrServiceAxis=us-gaap:ProductMember"])
        #expect(line.facts[0].value == Decimal(-1_577_000_000))
        #expect(line.facts[0].xbrlValue == Decimal(1_577_000_000))
        #expect(line.facts[1].value == Decimal(1_577_000_000))
        #expect(line.facts[1].unit == "USD")
    }

    @Test func taggedValuesThatDisagreeAreReported() {
        let tagged = TaggedFact(concept: "us-gaap:Revenues", contextRef: "FY2024", unitRef: "usd", value: "7287000000",
                                decimals: "-6", element: "f1", printed: "7,287", isNumeric: true)
        let statement = RecognizedStatement(
            kind: .income, title: "STATEMENTS OF INCOME", pages: [5], scale: .units, currency: "USD",
            columns: [PeriodColumn(header: "2024", period: Self.fy2024)],
            rows: [RecognizedRow(label: "Net revenues", section: [], depth: 0, isTotal: false,
                                 cells: [RecognizedCell(printed: "7,287", locator: Locator(), fact: tagged)])],
            tableIndexes: [])
        var diagnostics: [Diagnostic] = []
        let line = Normalizer().normalize(statement, diagnostics: &diagnostics).lines[0]
        #expect(line.facts[0].value == Decimal(7287))
        #expect(diagnostics.map(\.code) == ["tagged-value-differs"])
        #expect(diagnostics.first?.page == 5)
    }

    @Test func startIsComputedOnlyWhenExact() {
        let builder = PeriodBuilder()
        let quarter = PeriodSpan(kind: .duration, end: CalendarDate(year: 2024, month: 6, day: 30)!, months: 3)
        #expect(builder.start(of: quarter) == CalendarDate(year: 2024, month: 4, day: 1))
        let weeks = PeriodSpan(kind: .duration, end: CalendarDate(year: 2024, month: 9, day: 28)!, weeks: 52)
        #expect(builder.start(of: weeks) == CalendarDate(year: 2023, month: 10, day: 1))
        let odd = PeriodSpan(kind: .duration, end: CalendarDate(year: 2024, month: 9, day: 28)!, months: 12)
        #expect(builder.start(of: odd) == nil)
        let instant = PeriodColumn(header: "December 31, 2024", period: .instant(CalendarDate(year: 2024, month: 12, day: 31)!))
        #expect(builder.period(for: instant)?.start == nil)
        #expect(builder.period(for: instant)?.key == "2024-12-31")
    }

    @Test func unlabeledTotalsTakeTheirSection() {
        let mapper = ConceptMapper()
        #expect(mapper.concept(label: "", section: ["Cash flows from investing activities:"], isTotal: true, kind: .cashFlow)
                == "net_cash_from_investing")
        #expect(mapper.concept(label: "Net cash provided by (used in) operating activities", section: [], isTotal: true,
                               kind: .cashFlow) == "net_cash_from_operating")
        #expect(mapper.concept(label: "Total stockholders’ equity", section: [], isTotal: true, kind: .balance) == "total_equity")
        #expect(mapper.concept(label: "Net income attributable to Northwind", section: [], isTotal: false, kind: .income)
                == "net_income_attributable_to_parent")
        #expect(mapper.concept(label: "Miscellaneous", section: [], isTotal: false, kind: .income) == nil)
        #expect(mapper.concept(label: "Less: Net income attributable to participating securities", section: [], isTotal: false,
                               kind: .income) == nil)
        #expect(mapper.concept(label: "Less: net loss attributable to noncontrolling interest", section: [], isTotal: false,
                               kind: .income) == "net_income_attributable_to_noncontrolling")
        #expect(mapper.concept(label: "Cash used for financing activities", section: [], isTotal: true, kind: .cashFlow)
                == "net_cash_from_financing")
        #expect(mapper.concept(label: "Cash provided by operations", section: [], isTotal: true, kind: .cashFlow)
                == "net_cash_from_operating")
        #expect(mapper.concept(label: "Net cash used in operating activities of discontinued operations", section: [],
                               isTotal: false, kind: .cashFlow) == nil)
    }

    @Test func basicAndDilutedFollowTheirHeading() {
        let mapper = ConceptMapper()
        #expect(mapper.concept(label: "Basic", section: ["Earnings per share:"], isTotal: false, kind: .income) == "eps_basic")
        #expect(mapper.concept(label: "Diluted", section: ["Shares used in computing earnings per share:"], isTotal: false,
                               kind: .income) == "weighted_average_shares_diluted")
        #expect(mapper.concept(label: "Basic", section: ["Weighted-average shares outstanding"], isTotal: false, kind: .income)
                == "weighted_average_shares_basic")
        #expect(mapper.concept(label: "Earnings per common share-diluted", section: [], isTotal: false, kind: .income)
                == "eps_diluted")
    }
}
