import Foundation
import IngestPipeline
import TestSupport
import Testing
import TickmarkModel

/// EDGAR full-submission text filings of the 1990s and 2000s: statements typed as fixed-width
/// text, with or without SGML `<TABLE>` tags, in the main document or in an exhibit.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct OldTextFilingsRealTests {
    private func value(_ record: DocumentRecord, _ kind: StatementKind, _ label: String, _ period: String) -> Decimal? {
        record.statements.filter { $0.kind == kind }.flatMap(\.lines).first { $0.label == label && $0.facts.contains { $0.period == period } }?
            .facts.first { $0.period == period }?.value
    }

    private func values(_ record: DocumentRecord, _ kind: StatementKind, _ label: String, _ period: String) -> [Decimal] {
        record.statements.filter { $0.kind == kind }.flatMap(\.lines).filter { $0.label == label }
            .flatMap(\.facts).filter { $0.period == period }.compactMap(\.value)
    }

    /// A 10-KSB that types its statements as plain lines, with no `<TABLE>` around them.
    @Test func statementsTypedAsPlainLinesAreRead() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("html/24HOLDINGS_10KSB_2007.txt"))
        #expect(record.form == "10-KSB" && record.fiscalYear == 2007)
        let balance = try #require(record.statements.first { $0.kind == .balance })
        #expect(balance.scale == 1 && balance.periods.map(\.key) == ["2007-12-31"])
        #expect(value(record, .balance, "TOTAL ASSETS", "2007-12-31") == 28_604)
        #expect(value(record, .balance, "Accumulated deficit", "2007-12-31") == -10_678_148)
        #expect(value(record, .income, "Net Loss", "FY2007") == -44_562)
        #expect(value(record, .income, "Weighted average number of common shares - - basic and diluted", "FY2006") == 842_407)
        #expect(value(record, .cashFlow, "NET CASH USED IN OPERATING ACTIVITIES", "FY2006") == -70_365)
        #expect(value(record, .equity, "Conversion of Preferred Stock into Common", "FY2006") == -594_879)
    }

    /// A 10-K405 whose statements are in the annual report exhibit (EX-13): titles in lower
    /// case, a Notes column of letters, labels wrapped over two lines, split-adjusted amounts.
    @Test func annualReportExhibitStatementsAreRead() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("html/IBM_10K405_1997.txt"))
        let income = try #require(record.statements.first { $0.kind == .income })
        #expect(income.title == "consolidated statement of earnings" && income.scale == 1_000_000)
        #expect(value(record, .income, "Rentals and financing", "FY1995") == 3_560_000_000)
        #expect(value(record, .income, "Net earnings applicable to common shareholders", "FY1997") == 6_073_000_000)
        #expect(value(record, .income, "Net earnings per share of common stock - assuming dilution", "FY1996") == Decimal(string: "5.01"))
        let balance = try #require(record.statements.first { $0.kind == .balance })
        #expect(balance.periods.map(\.key) == ["1997-12-31", "1996-12-31"])
        #expect(value(record, .balance, "Total assets", "1996-12-31") == 81_132_000_000)
        #expect(value(record, .balance, "Treasury stock, at cost (shares: 1997 - 923,955; 1996 - 2,179,066*)", "1996-12-31")
            == -135_000_000)
        // One line per component column: retained earnings, and the total.
        #expect(values(record, .equity, "Stockholders' equity, December 31, 1996", "1996-12-31").contains(11_189_000_000))
        #expect(values(record, .equity, "Common stock purchased and retired (68,777,336 shares)", "FY1997").contains(-6_020_000_000))
    }
    /// An 8-K earnings release in an EDGAR full submission (HTML 8-K body, SGML text EX-99
    /// tables): the results tables ("Financial Highlights", "Analysis of Consolidated Earnings")
    /// are its income statements, quarter and year columns, a "Change" column left out, the
    /// share scale on share lines only, the repeated column headings no line.
    @Test func earningsReleaseExhibitTablesAreIncomeStatements() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("html/SO_8K_2007-01-25.txt"))
        let incomes = record.statements.filter { $0.kind == .income }
        #expect(incomes.count == 2)
        #expect(incomes.allSatisfy { Set($0.periods.filter { $0.type == .duration }.map(\.key))
            == ["3M-2006-12-31", "3M-2005-12-31", "FY2006", "FY2005"] })
        #expect(value(record, .income, "Total Revenues", "FY2006") == 14_356_000_000)
        #expect(value(record, .income, "Total Revenues", "3M-2005-12-31") == 3_290_000_000)
        #expect(value(record, .income, "Other Income, net", "3M-2005-12-31") == -26_000_000)
        #expect(value(record, .income, "Discontinued Operations, net of tax", "FY2006") == -1_000_000)
        #expect(value(record, .income, "NET INCOME AS REPORTED (See Notes)", "FY2005") == 1_591_000_000)
        #expect(value(record, .income, "Basic Earnings Per Share - (See Notes)", "3M-2006-12-31") == Decimal(string: "0.25"))
        #expect(value(record, .income, "Average Shares Outstanding (in millions)", "FY2005") == 744_000_000)
        // A count at the end of the period stands at the instant the year ends.
        #expect(value(record, .income, "End of Period Shares Outstanding (in millions)", "2006-12-31") == 747_000_000)
        let labels = incomes.flatMap(\.lines).map(\.label)
        #expect(!labels.contains { $0.contains("Months Ended") }, "a repeated heading is not a line")
        #expect(!record.statements.contains { $0.checks.contains { $0.status == .fail } })
    }

    /// A 1994 annual report with no statement of changes in equity: the note on share owners'
    /// equity rolls each component from "Balance at January 1" to "Balance at December 31",
    /// years across; the dated balances stand at the instants they name.
    @Test func equityNoteRollForwardIsTheEquityStatement() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("html/GE_10K_1993.txt"))
        let equity = try #require(record.statements.first { $0.kind == .equity })
        #expect(equity.title == "NOTE 25 SHARE OWNERS' EQUITY")
        #expect(value(record, .equity, "Dividends declared", "FY1993") == -2_229_000_000)
        #expect(values(record, .equity, "Balance at December 31", "1991-12-31").contains(23_787_000_000))
        #expect(values(record, .equity, "Balance at December 31", "1993-12-31").contains(4_771_000_000))
        #expect(values(record, .equity, "Balance at January 1", "1992-12-31").contains(26_527_000_000))
        // The shares table after the note (thousands of shares) does not continue it.
        #expect(!equity.lines.contains { $0.label == "Outstanding" })
        #expect(equity.checks.filter { $0.rule == .equityRollForward }.allSatisfy { $0.status == .pass })
    }
}

/// 10-Qs whose equity statement prints a quarter block and a year-to-date block, and the
/// prior year's blocks as further tables.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct QuarterEquityBlocksRealTests {
    /// The facts of a label's line in the component column whose heading ends with `column`.
    private func facts(_ record: DocumentRecord, _ label: String, column: String = "Total equity") -> [String: Decimal] {
        let lines = record.statements.filter { $0.kind == .equity }.flatMap(\.lines)
            .filter { $0.label == label && ($0.section.last ?? "").hasSuffix(column) }
        return Dictionary(lines.flatMap(\.facts).compactMap { fact in fact.value.map { (fact.period, $0) } }) { first, _ in first }
    }

    @Test func quarterAndYearToDateBlocksGiveInstantsAndDurations() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("ixbrl/WBA_10Q_FY2023Q3.htm"))
        let periods = Set(record.statements.filter { $0.kind == .equity }.flatMap(\.periods).map(\.key))
        #expect(periods.isSuperset(of: ["2023-02-28", "3M-2023-05-31", "2022-08-31", "9M-2023-05-31", "2021-08-31", "9M-2022-05-31"]))
        #expect(facts(record, "February 28, 2023")["2023-02-28"] == 29_439_000_000)
        #expect(facts(record, "August 31, 2021")["2021-08-31"] == 23_822_000_000)
        #expect(facts(record, "Dividends declared and distributions")["3M-2023-05-31"] == -417_000_000)
    }

    @Test func oneHeadingOverTheComponentsStillReadsTheRows() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("ixbrl/SJM_10Q_FY2024Q1.htm"))
        // Printed "Balance at May 1, 2023", tagged at the close of April 30.
        #expect(facts(record, "Balance at May 1, 2023", column: "Total Shareholders’ Equity")["2023-04-30"] == 7_290_800_000)
        #expect(facts(record, "Cash dividends declared, $1.02 per common share", column: "Retained Income")["3M-2022-07-31"]
            == -108_300_000)
        let shares = record.statements.filter { $0.kind == .equity }.flatMap(\.lines)
            .first { $0.label == "Balance at May 1, 2023" && $0.facts.first?.unit == "shares" }
        #expect(shares?.facts.first?.value == 104_398_618, "a share count is not scaled by millions")
    }
}
