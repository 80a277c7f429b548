import Foundation
import IngestPipeline
import TestSupport
import Testing
import TickmarkModel

/// Filings of the kinds beyond US 10-Ks: an IFRS bank interim (CAD, periods split over two
/// header lines), an IFRS annual report in yen with a US-dollar convenience column, a bank's
/// quarterly supplements (quarter trend columns), an annual report wrapping a 52/53-week 10-K,
/// and a 10-Q whose share counts are in thousands beside dollar amounts.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct PDFForeignAndBankRealTests {
    private static func record(_ file: String) throws -> DocumentRecord {
        try Pipeline().run(path: SharedCorpus.path("pdf/\(file)"))
    }

    private static func facts(_ record: DocumentRecord, _ kind: StatementKind, _ label: String, _ key: String,
                              currency: String? = nil) -> [Fact] {
        record.statements.filter { $0.kind == kind && (currency == nil || $0.currency == currency) }
            .flatMap(\.lines).filter { $0.label == label }
            .flatMap { line in line.facts.filter { $0.period == key } }
    }

    @Test func cibcInterimInCanadianDollars() throws {
        let record = try Self.record("CM_6K_2023Q3.pdf")
        #expect(record.statements.allSatisfy { $0.currency == "CAD" })
        let income = try #require(record.statements.first { $0.kind == .income })
        #expect(income.periods.map(\.key) == ["3M-2023-07-31", "3M-2023-04-30", "3M-2022-07-31", "9M-2023-07-31", "9M-2022-07-31"])
        #expect(income.scale == 1_000_000)
        let net = try #require(Self.facts(record, .income, "Net income", "9M-2023-07-31").first)
        #expect(net.value == Decimal(3_550_000_000))
        #expect(net.unit == "CAD")
        #expect(net.locator.page == 63)
        // The closing balance of a column period is an instant.
        let equity = Self.facts(record, .equity, "Equity at end of period", "2022-07-31")
        #expect(equity.map(\.value) == [Decimal(48_824_000_000)])
        #expect(equity.first?.locator.page == 65)
    }

    /// IFRS statement of changes in equity as stacked yearly blocks (JP-9147 p7-8): each block
    /// headed "FY2023 (January 1, 2023 to December 31, 2023)", undated "Balance at beginning of
    /// year" … "Balance at end of the year", the components in two column groups one under the
    /// other; page 9, the dollar translation, is another statement.
    @Test func nipponExpressEquityBlocksTakeTheirYears() throws {
        let record = try Self.record("JP-9147_FS_FY2024.pdf")
        let equity = try #require(record.statements.first { $0.kind == .equity && $0.currency == "JPY" })
        #expect(equity.pages == [7, 8])
        #expect(equity.periods.map(\.key) == ["2022-12-31", "FY2023", "2023-12-31", "FY2024", "2024-12-31"])
        let component = { (label: String, prefix: String) in
            equity.lines.filter { $0.label == label && ($0.section.last ?? "").hasPrefix(prefix) }.flatMap(\.facts)
        }
        let retained = component("Balance at end of the year", "Retained earnings")
        #expect(retained.contains { $0.period == "2023-12-31" && $0.value == Decimal(634_536_000_000) })
        let total = component("Balance at end of the year", "Total equity")
        #expect(total.contains { $0.period == "2024-12-31" && $0.value == Decimal(873_048_000_000) })
        #expect(!total.contains { $0.value == Decimal(5_519_333_000_000) })
        let opening = component("Balance at beginning of year", "Total equity")
        #expect(opening.contains { $0.period == "2022-12-31" && $0.value == Decimal(779_150_000_000) })
        let dividends = component("Dividends", "Total equity")
        #expect(dividends.contains { $0.period == "FY2023" && $0.value == Decimal(-27_243_000_000) })
    }

    @Test func nipponExpressInYenWithADollarTranslation() throws {
        let record = try Self.record("JP-9147_FS_FY2024.pdf")
        let yen = try #require(record.statements.first { $0.kind == .balance && $0.currency == "JPY" })
        #expect(yen.title == "a. Consolidated statement of financial position")
        #expect(yen.periods.map(\.key) == ["2023-12-31", "2024-12-31"])
        #expect(yen.scale == 1_000_000)
        let assets = Self.facts(record, .balance, "Total assets", "2024-12-31", currency: "JPY")
        #expect(assets.map(\.value) == [Decimal(2_297_146_000_000)])
        #expect(assets.first?.locator.page == 3)
        let dollars = try #require(record.statements.first { $0.kind == .balance && $0.currency == "USD" })
        #expect(dollars.scale == 1_000 && dollars.periods.map(\.key) == ["2024-12-31"])
        #expect(Self.facts(record, .balance, "Total assets", "2024-12-31", currency: "USD").map(\.value) == [Decimal(14_522_359_000)])
        // "(January 1, 2024 to December 31, 2024)": a full year.
        let income = try #require(record.statements.first { $0.kind == .income && $0.currency == "JPY" })
        #expect(income.periods.map(\.key) == ["FY2023", "FY2024"])
        #expect(Self.facts(record, .income, "Revenue", "FY2024", currency: "JPY").first?.value == Decimal(2_577_643_000_000))
        // Liabilities and equity go on on page 4 under a heading cut differently.
        let treasury = Self.facts(record, .balance, "Treasury shares", "2024-12-31", currency: "JPY")
        #expect(treasury.map(\.value) == [Decimal(-2_941_000_000)])
        #expect(treasury.first?.locator.page == 4)
        // "Net cash provided by (used in) operating" / values / "activities".
        let operating = Self.facts(record, .cashFlow, "Net cash provided by (used in) operating activities", "FY2024", currency: "JPY")
        #expect(operating.map(\.value) == [Decimal(227_865_000_000)])
    }

    @Test func bankSupplementsWithQuarterTrendColumns() throws {
        let cibc = try Self.record("CM_SUPP_2023Q3.pdf")
        let balance = try #require(cibc.statements.first { $0.kind == .balance })
        #expect(balance.currency == "CAD")
        #expect(balance.periods.prefix(4).map(\.key) == ["2023-07-31", "2023-04-30", "2023-01-31", "2022-10-31"])
        let assets = Self.facts(cibc, .balance, "Total assets", "2023-04-30")
        #expect(assets.map(\.value) == [Decimal(935_239_000_000)])
        #expect(assets.first?.locator.page == 18)
        let equity = try #require(cibc.statements.first { $0.kind == .equity })
        #expect(equity.periods.first { $0.key == "FY2022" }?.end == CalendarDate(year: 2022, month: 10, day: 31))

        let bofa = try Self.record("BAC_SUPP_2023Q2.pdf")
        let income = try #require(bofa.statements.first { $0.kind == .income })
        #expect(income.periods.map(\.key) == ["6M-2023-06-30", "6M-2022-06-30", "3M-2023-06-30", "3M-2023-03-31",
                                              "3M-2022-12-31", "3M-2022-09-30", "3M-2022-06-30"])
        #expect(Self.facts(bofa, .income, "Net income", "3M-2022-12-31").map(\.value) == [Decimal(7_132_000_000)])
    }

    /// A bank supplement printing no statement of income (CIBC 2023 Q3, IFRS): its income
    /// statement is the "Operating results - Reported" block of the GAAP-to-adjusted
    /// reconciliation, nine quarters then 9M 9M 12M, and stops where the items of note begin.
    @Test func bankSupplementReadsTheReportedBlockOfItsReconciliation() throws {
        let record = try Self.record("CM_SUPP_2023Q3.pdf")
        let income = try #require(record.statements.first { $0.kind == .income })
        #expect(income.pages == [4] && income.currency == "CAD" && income.scale == 1_000_000)
        #expect(income.periods.map(\.key) == ["3M-2023-07-31", "3M-2023-04-30", "3M-2023-01-31", "3M-2022-10-31",
                                              "3M-2022-07-31", "3M-2022-04-30", "3M-2022-01-31", "3M-2021-10-31",
                                              "3M-2021-07-31", "9M-2023-07-31", "9M-2022-07-31", "FY2022"])
        #expect(Self.facts(record, .income, "Net income", "FY2022").map(\.value) == [Decimal(6_243_000_000)])
        let provision = Self.facts(record, .income, "Provision for (reversal of) credit losses", "3M-2021-07-31")
        #expect(provision.map(\.value) == [Decimal(-99_000_000)])
        let eps = try #require(income.lines.first { $0.label.hasPrefix("Diluted EPS") }?.facts.first { $0.period == "9M-2022-07-31" })
        #expect(eps.value == Decimal(string: "5.42") && eps.unit == "CAD/shares")
        #expect(!income.lines.contains { $0.label.lowercased().contains("items of note") })
    }

    @Test func disneyFiscalYearsEndOnTheirPrintedDays() throws {
        let record = try Self.record("DIS_AFR_FY2024.pdf")
        #expect(record.form == "10-K")
        let income = try #require(record.statements.first { $0.kind == .income })
        #expect(income.periods.map { $0.end?.iso } == ["2024-09-28", "2023-09-30", "2022-10-01"])
        let revenues = try #require(Self.facts(record, .income, "Total revenues", "FY2024").first)
        #expect(revenues.value == Decimal(91_361_000_000))
        #expect(revenues.locator.page == 77)
    }

    @Test func patriotSharesInThousandsBesideDollars() throws {
        let record = try Self.record("PATI_10Q_FY2023Q3.pdf")
        let shares = try #require(Self.facts(record, .income, "-diluted earnings per common share", "9M-2023-06-30").first)
        #expect(shares.value == Decimal(3_585_000))
        #expect(shares.unit == "shares")
        #expect(Self.facts(record, .income, "Diluted", "3M-2023-06-30").first?.value == Decimal(string: "0.33"))
        #expect(Self.facts(record, .income, "Operating revenues", "9M-2023-06-30").first?.value == Decimal(70_568_000))
        // The balance sheet goes on below the wrapped preferred-stock caption.
        let deficit = Self.facts(record, .balance, "Accumulated deficit", "2022-09-30")
        #expect(deficit.map(\.value) == [Decimal(-9_190_000)])
        #expect(deficit.first?.locator.page == 4)
    }
}
