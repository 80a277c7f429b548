import Testing
import TickmarkModel
@testable import XBRLRecognition

@Suite struct XBRLStatementBuilderTests {
    private static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? CalendarDate(dayNumber: 0) }

    private static func context(_ id: String, start: String? = nil, end: String, dimensions: [String: String] = [:]) -> XBRLContext {
        let period = start.map { PeriodSpan(kind: .duration, end: date(end), start: date($0)) } ?? .instant(date(end))
        return XBRLContext(id: id, entity: "1", period: period, dimensions: dimensions)
    }

    private static func fact(_ concept: String, _ context: String, _ value: String, unit: String = "usd") -> TaggedFact {
        TaggedFact(concept: concept, contextRef: context, unitRef: unit, value: value, decimals: "-6",
                   element: "\(concept)@\(context)", isNumeric: true)
    }

    /// A small filing: a balance sheet and a cash flow statement, a segment fact, a parenthetical.
    static let facts: XBRLFacts = {
        let contexts = [
            context("fy24", start: "2023-01-30", end: "2024-01-28"), context("fy23", start: "2022-01-31", end: "2023-01-29"),
            context("i24", end: "2024-01-28"), context("i23", end: "2023-01-29"), context("i22", end: "2022-01-30"),
            context("i24seg", end: "2024-01-28", dimensions: ["us-gaap:StatementBusinessSegmentsAxis": "x:ComputeMember"]),
        ]
        let facts = [
            fact("us-gaap:Assets", "i24", "65728000000"), fact("us-gaap:Assets", "i23", "41182000000"),
            fact("us-gaap:Assets", "i24seg", "1"), fact("us-gaap:AssetsCurrent", "i24", "44345000000"),
            fact("us-gaap:Cash", "i24", "7280000000"), fact("us-gaap:Cash", "i23", "3389000000"), fact("us-gaap:Cash", "i22", "2000"),
            fact("us-gaap:NetCashProvidedByUsedInOperatingActivities", "fy24", "28090000000"),
            fact("us-gaap:NetCashProvidedByUsedInOperatingActivities", "fy23", "5641000000"),
            fact("dei:EntityRegistrantName", "fy24", "NVIDIA CORP", unit: ""),
        ]
        func node(_ concept: String, _ preferred: String? = nil, _ children: [PresentationNode] = []) -> PresentationNode {
            PresentationNode(concept: concept, preferredLabel: preferred, children: children)
        }
        let balance = PresentationRole(
            roleURI: "http://x/role/BalanceSheets", definition: "0000005 - Statement - Consolidated Balance Sheets",
            roots: [node("us-gaap:StatementOfFinancialPositionAbstract", nil, [
                node("us-gaap:AssetsAbstract", nil, [node("us-gaap:AssetsCurrent", "totalLabel"), node("us-gaap:Assets", "totalLabel")]),
            ])])
        let parenthetical = PresentationRole(
            roleURI: "http://x/role/BalanceSheetsParenthetical",
            definition: "0000006 - Statement - Consolidated Balance Sheets (Parenthetical)",
            roots: [node("us-gaap:StatementOfFinancialPositionAbstract", nil, [node("us-gaap:Cash")])])
        let cashFlow = PresentationRole(
            roleURI: "http://x/role/CashFlows", definition: "0000008 - Statement - Consolidated Statements of Cash Flows",
            roots: [node("us-gaap:StatementOfCashFlowsAbstract", nil, [
                node("us-gaap:Cash", "periodStartLabel"),
                node("us-gaap:NetCashProvidedByUsedInOperatingActivities"),
                node("us-gaap:Cash", "periodEndLabel"),
            ])])
        let labels: [String: [String: String]] = [
            "us-gaap:Assets": ["label": "Assets", "totalLabel": "Total assets"],
            "us-gaap:AssetsCurrent": ["label": "Assets, Current", "totalLabel": "Total current assets"],
            "us-gaap:AssetsAbstract": ["label": "Assets"],
            "us-gaap:Cash": ["label": "Cash", "periodStartLabel": "Cash at beginning of period", "periodEndLabel": "Cash at end of period"],
            "us-gaap:NetCashProvidedByUsedInOperatingActivities": ["label": "Net cash from operating activities"],
        ]
        return XBRLFacts(facts: facts, contexts: Dictionary(uniqueKeysWithValues: contexts.map { ($0.id, $0) }),
                         units: ["usd": XBRLUnit(id: "usd", numerator: ["iso4217:USD"])],
                         presentation: XBRLPresentation(roles: [balance, parenthetical, cashFlow], labels: labels))
    }()

    @Test func balanceSheetFollowsThePresentation() throws {
        let statements = XBRLStatementBuilder().statements(from: Self.facts)
        #expect(statements.map(\.kind) == [.balance, .cashFlow])
        let balance = statements[0]
        #expect(balance.title == "Consolidated Balance Sheets")
        #expect(balance.currency == "USD" && balance.scale == .units)
        #expect(balance.columns.map { $0.period?.key } == ["2024-01-28", "2023-01-29"])
        #expect(balance.rows.map(\.label) == ["Total current assets", "Total assets"])
        #expect(balance.rows.map(\.section) == [["Assets"], ["Assets"]])
        let assets = try #require(balance.rows.last)
        #expect(assets.isTotal && assets.xbrlConcept == "us-gaap:Assets")
        let cell = try #require(assets.cells[0])
        #expect(cell.printed == "65728000000" && cell.fact?.value == "65728000000")
        #expect(cell.locator.concept == "us-gaap:Assets" && cell.locator.contextRef == "i24" && cell.locator.unitRef == "usd")
        #expect(cell.unit == "USD")
    }

    @Test func dimensionalFactsStayOffTheFace() {
        let balance = XBRLStatementBuilder().statements(from: Self.facts)[0]
        #expect(!balance.rows.flatMap(\.cells).contains { $0?.fact?.contextRef == "i24seg" })
    }

    @Test func periodStartAndEndLinesTakeTheirInstants() throws {
        let cashFlow = XBRLStatementBuilder().statements(from: Self.facts)[1]
        #expect(cashFlow.columns.map { $0.period?.key } == ["FY2024", "FY2023"])
        #expect(cashFlow.rows.map(\.label) == ["Cash at beginning of period", "Net cash from operating activities", "Cash at end of period"])
        #expect(cashFlow.rows[0].cells.map { $0?.printed } == ["3389000000", "2000"])
        #expect(cashFlow.rows[2].cells.map { $0?.printed } == ["7280000000", "3389000000"])
    }

    @Test func withoutPresentationAStandardArrangementIsUsed() {
        var bare = Self.facts
        bare.presentation = nil
        let statements = XBRLStatementBuilder().statements(from: bare)
        #expect(statements.map(\.kind) == [.balance, .cashFlow])
        #expect(statements[0].rows.map(\.xbrlConcept) == ["us-gaap:AssetsCurrent", "us-gaap:Assets"])
    }

    @Test func aNoteRoleHoldingOnlyATextBlockIsNoStatement() {
        var withNote = Self.facts
        let note = PresentationRole(roleURI: "http://x/role/AccumulatedOtherComprehensiveIncomeLoss", definition: nil,
                                    roots: [PresentationNode(concept: "x:AccumulatedOtherComprehensiveIncomeTextBlock", preferredLabel: nil,
                                                             children: [])])
        withNote.facts.append(TaggedFact(concept: "x:AccumulatedOtherComprehensiveIncomeTextBlock", contextRef: "fy24", unitRef: nil,
                                         value: "Accumulated other comprehensive income …", decimals: nil, element: "t1", isNumeric: false))
        withNote.presentation?.roles.insert(note, at: 0)
        #expect(XBRLStatementBuilder().statements(from: withNote).map(\.kind) == [.balance, .cashFlow])
    }

    @Test func rolesAreClassified() {
        func kind(_ definition: String) -> StatementKind? {
            StatementRoleClassifier.kind(of: PresentationRole(roleURI: "http://x/role/r", definition: definition, roots: []))
        }
        #expect(kind("0000003 - Statement - Consolidated Statements of Income") == .income)
        #expect(kind("0000004 - Statement - Consolidated Statements of Comprehensive Income") == .comprehensiveIncome)
        #expect(kind("0000004 - Statement - Statements of Operations and Comprehensive Loss") == .income)
        #expect(kind("0000007 - Statement - Consolidated Statements of Shareholders' Equity") == .equity)
        #expect(kind("0000006 - Statement - Consolidated Balance Sheets (Parenthetical)") == nil)
        #expect(kind("0000040 - Disclosure - Income Taxes (Details)") == nil)
        let uriOnly = PresentationRole(roleURI: "http://x/role/statement-condensed-consolidated-statements-of-cash-flows-unaudited",
                                       definition: nil, roots: [])
        #expect(StatementRoleClassifier.kind(of: uriOnly) == .cashFlow)
    }
}

@Suite struct XBRLMetadataReaderTests {
    @Test func deiFactsBecomeMetadata() {
        let context = XBRLContext(id: "d", entity: "1", period: .instant(CalendarDate(iso: "2024-01-28") ?? CalendarDate(dayNumber: 0)),
                                  dimensions: [:])
        func fact(_ concept: String, _ value: String) -> TaggedFact {
            TaggedFact(concept: concept, contextRef: "d", unitRef: nil, value: value, decimals: nil, element: concept, isNumeric: false)
        }
        let facts = XBRLFacts(facts: [
            fact("dei:EntityRegistrantName", "NVIDIA CORP"), fact("dei:TradingSymbol", "NVDA"),
            fact("dei:EntityCentralIndexKey", "0001045810"), fact("dei:DocumentType", "10-K"),
            fact("dei:DocumentPeriodEndDate", "2024-01-28"), fact("dei:DocumentFiscalYearFocus", "2024"),
            fact("dei:DocumentFiscalPeriodFocus", "FY"),
        ], contexts: ["d": context])
        let metadata = XBRLMetadataReader().read(facts)
        #expect(metadata == DocumentMetadata(entityName: "NVIDIA CORP", ticker: "NVDA", cik: "0001045810", form: "10-K",
                                             fiscalYear: 2024, periodEnd: CalendarDate(iso: "2024-01-28"), fiscalPeriod: "FY"))
        let cover = DocumentMetadata(entityName: "Nvidia Corporation", form: "10-K/A")
        #expect(cover.overridden(by: DocumentMetadata(form: "10-K")) == DocumentMetadata(entityName: "Nvidia Corporation", form: "10-K"))
    }
}
