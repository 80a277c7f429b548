import Foundation
import IngestPipeline
import TestSupport
import Testing
import TickmarkModel

/// The whole PDF pipeline on filings outside the visible gold: values, pages, labels exactly as
/// printed, signs, and the balance sheet's own check (total assets = liabilities and equity).
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct PDFStatementsRealTests {
    private static func record(_ file: String) throws -> DocumentRecord {
        try Pipeline().run(path: SharedCorpus.path("pdf/\(file)"))
    }

    /// The fact of the line printed as `label` in the statement of `kind`, for period `key`.
    private static func fact(_ record: DocumentRecord, _ kind: StatementKind, _ label: String, _ key: String) -> Fact? {
        record.statements.filter { $0.kind == kind }.lazy
            .flatMap(\.lines).filter { $0.label == label }
            .compactMap { line in line.facts.first { $0.period == key } }.first
    }

    private static func statement(_ record: DocumentRecord, _ kind: StatementKind) throws -> Statement {
        try #require(record.statements.first { $0.kind == kind })
    }

    /// Every period of the balance sheet: total assets equal total liabilities and equity.
    private static func expectBalanced(_ record: DocumentRecord, assets: String, liabilitiesAndEquity: String) throws {
        let balance = try statement(record, .balance)
        #expect(!balance.periods.isEmpty)
        for period in balance.periods {
            let total = fact(record, .balance, assets, period.key)?.value
            #expect(total != nil)
            #expect(total == fact(record, .balance, liabilitiesAndEquity, period.key)?.value)
        }
    }

    @Test func appleFiscal2022() throws {
        let record = try Self.record("AAPL_10K_FY2022.pdf")
        let sales = try #require(Self.fact(record, .income, "Total net sales", "FY2022"))
        #expect(sales.value == Decimal(394_328_000_000))
        #expect(sales.printed == "394,328")
        #expect(sales.locator.page == 32)
        let capex = Self.fact(record, .cashFlow, "Payments for acquisition of property, plant and equipment", "FY2022")
        #expect(capex?.value == Decimal(-10_708_000_000))
        #expect(try Self.statement(record, .income).periods.map(\.key) == ["FY2022", "FY2021", "FY2020"])
        // No header names the currency: the `$` printed beside the amounts does.
        #expect(record.statements.allSatisfy { $0.currency == "USD" })
        #expect(sales.unit == "USD")
        try Self.expectBalanced(record, assets: "Total assets", liabilitiesAndEquity: "Total liabilities and shareholders’ equity")
    }

    @Test func amazon2022() throws {
        let record = try Self.record("AMZN_10K_2022.pdf")
        let assets = try #require(Self.fact(record, .balance, "Total assets", "2022-12-31"))
        #expect(assets.value == Decimal(462_675_000_000))
        #expect(assets.locator.page == 39)
        #expect(Self.fact(record, .income, "Net income (loss)", "FY2022")?.value == Decimal(-2_722_000_000))
        #expect(Self.fact(record, .cashFlow, "Purchases of property and equipment", "FY2022")?.value == Decimal(-63_645_000_000))
        try Self.expectBalanced(record, assets: "Total assets", liabilitiesAndEquity: "Total liabilities and stockholders’ equity")
    }

    /// Coca-Cola wraps capitalised labels after "OF" and prints some values a line below their label.
    @Test func cocaCola2017SplitRowsAreJoined() throws {
        let record = try Self.record("KO_10K_2017.pdf")
        let net = Self.fact(record, .income, "NET INCOME ATTRIBUTABLE TO SHAREOWNERS OF THE COCA-COLA COMPANY", "FY2017")
        #expect(net?.value == Decimal(1_248_000_000))
        #expect(net?.locator.page == 74)
        #expect(Self.fact(record, .cashFlow, "Net income from continuing operations", "FY2017")?.value == Decimal(1_182_000_000))
        #expect(Self.fact(record, .cashFlow, "(Income) loss from discontinued operations", "FY2017")?.value == Decimal(-101_000_000))
        #expect(Self.fact(record, .balance, "TOTAL CURRENT LIABILITIES", "2017-12-31")?.value == Decimal(27_194_000_000))
        try Self.expectBalanced(record, assets: "TOTAL ASSETS", liabilitiesAndEquity: "TOTAL LIABILITIES AND EQUITY")
    }

    @Test func netflix2022InThousands() throws {
        let record = try Self.record("NFLX_10K_2022.pdf")
        let operating = Self.fact(record, .cashFlow, "Net cash provided by operating activities", "FY2022")
        #expect(operating?.value == Decimal(2_026_257_000))
        #expect(operating?.locator.page == 42)
        #expect(Self.fact(record, .income, "Revenues", "FY2022")?.value == Decimal(31_615_550_000))
        try Self.expectBalanced(record, assets: "Total assets", liabilitiesAndEquity: "Total liabilities and stockholders’ equity")
    }

    @Test func pfizerSixMonthCashFlow() throws {
        let record = try Self.record("PFE_10Q_2023Q2.pdf")
        #expect(try Self.statement(record, .cashFlow).periods.map(\.key) == ["6M-2023-07-02", "6M-2022-07-03"])
        let capex = Self.fact(record, .cashFlow, "Purchases of property, plant and equipment", "6M-2023-07-02")
        #expect(capex?.value == Decimal(-2_053_000_000))
        #expect(capex?.locator.page == 12)
        #expect(Self.fact(record, .income, "Revenues", "3M-2023-07-02")?.value == Decimal(12_734_000_000))
        try Self.expectBalanced(record, assets: "Total assets", liabilitiesAndEquity: "Total liabilities and equity")
    }

    /// General Mills prints millions with one decimal; per-share lines are not scaled.
    @Test func generalMillsFiscal2020() throws {
        let record = try Self.record("GIS_10K_FY2020.pdf")
        #expect(Self.fact(record, .income, "Net sales", "FY2020")?.value == Decimal(17_626_600_000))
        #expect(Self.fact(record, .income, "Dividends per share", "FY2020")?.value == Decimal(string: "1.96"))
        #expect(Self.fact(record, .balance, "Total assets", "2020-05-31")?.value == Decimal(30_806_700_000))
    }
}
