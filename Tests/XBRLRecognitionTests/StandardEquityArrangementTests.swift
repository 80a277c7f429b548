import Testing
import TickmarkModel
@testable import XBRLRecognition

/// An instance without a presentation linkbase: its equity rolled forward by periods down the
/// rows, the total and each component across.
@Suite struct StandardEquityArrangementTests {
    private static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? CalendarDate(dayNumber: 0) }

    private static func context(_ id: String, start: String? = nil, end: String, member: String? = nil) -> XBRLContext {
        let period = start.map { PeriodSpan(kind: .duration, end: date(end), start: date($0)) } ?? .instant(date(end))
        let dimensions = member.map { ["us-gaap:StatementEquityComponentsAxis": $0] } ?? [:]
        return XBRLContext(id: id, entity: "1", period: period, dimensions: dimensions)
    }

    private static func fact(_ concept: String, _ context: String, _ value: String) -> TaggedFact {
        TaggedFact(concept: "us-gaap:" + concept, contextRef: context, unitRef: "usd", value: value, decimals: "-6",
                   element: "\(concept)@\(context)", isNumeric: true)
    }

    private static let facts: XBRLFacts = {
        let contexts = [
            context("fy13", start: "2013-01-01", end: "2013-12-31"), context("fy12", start: "2012-01-01", end: "2012-12-31"),
            context("i13", end: "2013-12-31"), context("i12", end: "2012-12-31"), context("i11", end: "2011-12-31"),
            context("fy13re", start: "2013-01-01", end: "2013-12-31", member: "us-gaap:RetainedEarningsMember"),
            context("i13re", end: "2013-12-31", member: "us-gaap:RetainedEarningsMember"),
        ]
        let facts = [
            fact("StockholdersEquity", "i13", "87309"), fact("StockholdersEquity", "i12", "71715"),
            fact("StockholdersEquity", "i11", "58145"), fact("StockholdersEquity", "i13re", "61262"),
            fact("NetIncomeLoss", "fy13", "12920"), fact("NetIncomeLoss", "fy12", "10737"), fact("NetIncomeLoss", "fy13re", "12920"),
            fact("OtherComprehensiveIncomeLossNetOfTax", "fy13", "-413"), fact("OtherComprehensiveIncomeLossNetOfTax", "fy12", "262"),
        ]
        return XBRLFacts(facts: facts, contexts: Dictionary(uniqueKeysWithValues: contexts.map { ($0.id, $0) }),
                         units: ["usd": XBRLUnit(id: "usd", numerator: ["iso4217:USD"])])
    }()

    @Test func balancesAreInstantsBetweenThePeriodsMovements() throws {
        let equity = try #require(XBRLStatementBuilder().statements(from: Self.facts).first { $0.kind == .equity })
        #expect(equity.columns.map(\.header) == ["", "RetainedEarningsMember"])
        #expect(equity.rows.map { $0.period?.key } == [
            "2011-12-31", "FY2012", "FY2012", "2012-12-31", "FY2013", "FY2013", "2013-12-31",
        ])
        let closing = try #require(equity.rows.last)
        #expect(closing.cells.map { $0?.printed } == ["87309", "61262"])
        #expect(equity.rows[5].label == "Other Comprehensive Income (Loss), Net of Tax")
        #expect(equity.rows[5].cells.first??.printed == "-413")
    }
}
