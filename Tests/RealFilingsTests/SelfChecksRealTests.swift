import Foundation
import IngestPipeline
import TestSupport
import Testing
import TickmarkModel

/// The self-checks on real filings of several kinds: statements that foot pass every check, and
/// what the checks caught once (a per-share heading leaking into balances, a share-count heading
/// leaking into dollar lines) stays fixed.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct SelfChecksRealTests {
    private static func record(_ file: String) throws -> DocumentRecord {
        try Pipeline().run(path: SharedCorpus.path(file))
    }

    private static func checks(_ record: DocumentRecord, _ kind: StatementKind) -> [StatementCheck] {
        record.statements.filter { $0.kind == kind }.flatMap(\.checks)
    }

    private static func fact(_ record: DocumentRecord, _ kind: StatementKind, _ label: String, _ key: String) -> Fact? {
        record.statements.filter { $0.kind == kind }.lazy.flatMap(\.lines).filter { $0.label == label }
            .compactMap { line in line.facts.first { $0.period == key } }.first
    }

    /// A 10-K PDF whose statements foot: nothing fails, the balance sheet balances, cash rolls forward.
    @Test func appleTenKPassesEveryCheck() throws {
        let record = try Self.record("pdf/AAPL_10K_FY2022.pdf")
        #expect(record.statements.flatMap(\.checks).allSatisfy { $0.status != .fail })
        let balance = Self.checks(record, .balance).filter { $0.rule == .balanceSheetBalances }
        #expect(balance.map(\.status) == [.pass, .pass])
        #expect(balance.map(\.actual) == [Decimal(352_755_000_000), Decimal(351_002_000_000)])
        let cash = Self.checks(record, .cashFlow).filter { $0.rule == .cashRollForward }
        #expect(cash.map(\.period) == ["FY2022", "FY2021", "FY2020"])
        #expect(cash.allSatisfy { $0.status == .pass })
        let sales = try #require(Self.fact(record, .income, "Total net sales", "FY2022"))
        #expect(sales.flags.isEmpty)
    }

    /// Inline XBRL 10-Q: inventories printed as an unmarked subtotal of raw materials, work in
    /// process and finished goods still foot to total current assets.
    @Test func inlineTenQWithUnmarkedSubtotalsFoots() throws {
        let record = try Self.record("ixbrl/TXN_10Q_2023Q2.htm")
        let foot = Self.checks(record, .balance).filter { $0.rule == .totalsFoot }
        #expect(!foot.isEmpty)
        #expect(foot.allSatisfy { $0.status == .pass })
        let inventories = try #require(Self.fact(record, .balance, "Inventories", "2023-06-30"))
        #expect(inventories.value == Decimal(3_729_000_000))
        #expect(inventories.flags.isEmpty)
    }

    /// An XBRL instance tags expenses positive: "Total operating expenses" foots with the
    /// exchange of sign the statement implies, and the cash flow sections sum to the net change.
    @Test func xbrlInstanceFootsWithTaggedSigns() throws {
        let record = try Self.record("xbrl/AMZN_10K_2022/amzn-20221231_htm.xml")
        let income = record.statements.first { $0.kind == .income }
        let operating = income?.checks.first { check in
            check.rule == .totalsFoot && check.period == "FY2022" && check.lines.last?.hasSuffix("CostsAndExpenses") == true
        }
        #expect(operating?.status == .pass)
        #expect(operating?.actual == Decimal(501_735_000_000))
        #expect(Self.checks(record, .cashFlow).filter { $0.rule == .cashSectionsSum }.allSatisfy { $0.status == .pass })
    }

    /// 10-Q equity statement: the closing balance row follows a "per share" heading but holds
    /// dollars in millions (its value once came out unscaled, as dollars per share).
    @Test func equityBalanceAfterPerShareHeadingIsDollars() throws {
        let record = try Self.record("pdf/PFE_10Q_2023Q2.pdf")
        let equity = try #require(record.statements.first { $0.kind == .equity })
        let closing = equity.lines.filter { $0.label == "Balance, July 2, 2023" }.compactMap { $0.facts.first }
        #expect(!closing.isEmpty)
        #expect(closing.allSatisfy { $0.unit != "USD/shares" })
        #expect(closing.contains { $0.value == Decimal(478_000_000) })
    }

    /// A balance sheet row "Shares outstanding - 2017: 594,884,237" is no heading: the dollar
    /// lines under it stay dollars, and the equity section foots.
    @Test func shareCountLineDoesNotMakeDollarsShares() throws {
        let record = try Self.record("pdf/MMM_10K_2018.pdf")
        let paidIn = try #require(Self.fact(record, .balance, "Additional paid-in capital", "2018-12-31"))
        #expect(paidIn.unit == "USD")
        #expect(paidIn.value == Decimal(5_643_000_000))
        #expect(Self.checks(record, .balance).allSatisfy { $0.status == .pass })
    }

    /// A stock class printing its share counts in its label holds dollars, and the equity section foots.
    @Test func stockClassWithCountsInItsLabelIsDollars() throws {
        let record = try Self.record("pdf/NKE_10K_FY2019.pdf")
        let classB = try #require(Self.fact(record, .balance, "Class B — 1,253 and 1,272 shares outstanding", "2019-05-31"))
        #expect(classB.unit == "USD")
        #expect(classB.value == Decimal(3_000_000))
        #expect(Self.checks(record, .balance).allSatisfy { $0.status != .fail })
    }

    /// A supplemental schedule printed on the page after a cash-flow statement continues it.
    @Test func supplementalScheduleContinuesTheCashFlowStatement() throws {
        let record = try Self.record("pdf/JNJ_10K_2016.pdf")
        let cash = try #require(record.statements.first { $0.kind == .cashFlow })
        #expect(cash.pages == [43, 44])
        #expect(Self.fact(record, .cashFlow, "Conversion of debt", "FY2016")?.value == Decimal(35_000_000))
    }
}
