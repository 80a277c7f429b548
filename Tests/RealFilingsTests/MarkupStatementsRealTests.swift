import Foundation
import IngestPipeline
import TestSupport
import Testing
import TickmarkModel

/// Markup filings outside the visible gold, end to end.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct MarkupRealStatementsTests {
    private func value(_ record: DocumentRecord, _ kind: StatementKind, _ label: String, _ period: String) -> Decimal? {
        record.statements.filter { $0.kind == kind }.flatMap(\.lines).first { $0.label == label }?
            .facts.first { $0.period == period }?.value
    }

    @Test func aegonTextTablesGiveBalanceSheetAndCashFlows() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("html/AEG_20F_2000.htm"))
        #expect(record.form == "20-F")
        let balance = try #require(record.statements.first { $0.kind == .balance })
        #expect(balance.currency == "EUR" && balance.scale == 1_000_000)
        #expect(value(record, .balance, "Total assets", "2000-12-31") == 244_216_000_000)
        #expect(value(record, .balance, "Total assets", "1999-12-31") == 228_808_000_000)
        #expect(value(record, .cashFlow, "Net income", "FY2000") == 2_066_000_000)
        #expect(record.entity.name == "AEGON N.V.")
        let income = try #require(record.statements.first { $0.kind == .income })
        #expect(income.title == "Summarized Consolidated Income Statements")
        #expect(value(record, .income, "Total revenues", "FY2000") == 30_755_000_000)
        #expect(value(record, .income, "Net income", "FY1998") == 1_247_000_000)
    }

    @Test func filingsWithoutStatementsYieldNone() throws {
        for file in ["html/WFC_10K_2008_no-FS.htm", "html/WMT_10K_FY2010_no-FS.htm", "html/AXP_10K_2008.htm"] {
            #expect(try Pipeline().run(path: SharedCorpus.path(file)).statements.isEmpty, "\(file)")
        }
    }

    @Test func olderHTMLFilingsGiveTheirPrimaryStatements() throws {
        let microsoft = try Pipeline().run(path: SharedCorpus.path("html/MSFT_10K_FY2013.htm"))
        #expect(value(microsoft, .income, "Revenue", "FY2013") == 77_849_000_000)
        #expect(value(microsoft, .balance, "Total assets", "2013-06-30") == 142_431_000_000)
        #expect(value(microsoft, .cashFlow, "Net cash from operations", "FY2013") == 28_833_000_000)
        let meta = try Pipeline().run(path: SharedCorpus.path("html/META_10Q_2019Q1.htm"))
        #expect(value(meta, .income, "Net income", "3M-2019-03-31") == 2_429_000_000)
        #expect(value(meta, .cashFlow, "Purchases of property and equipment, net", "3M-2019-03-31") == -3_837_000_000)
    }

    @Test func appleInlineProductAndServiceLinesAreKeyedByMember() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("ixbrl/AAPL_10Q_FY2023Q3.htm"))
        let income = try #require(record.statements.first { $0.kind == .income })
        let products = try #require(income.lines.first { $0.xbrlDimensions == ["srt:ProductOrServiceAxis=us-gaap:ProductMember"] })
        #expect(products.id.hasSuffix("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax[srt:ProductOrServiceAxis=us-gaap:ProductMember]"))
        #expect(Set(income.lines.map(\.id)).count == income.lines.count)
    }
}
