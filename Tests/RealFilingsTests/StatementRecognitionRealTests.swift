import IngestPipeline
import PDFExtraction
import StatementRecognition
import TableRecognition
import TestSupport
import Testing
import TickmarkModel

/// Statement recognition on real PDF filings: the right tables, pages, periods and values.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct StatementRecognitionRealTests {
    /// The statements found in a corpus PDF, and its cover metadata.
    private static func recognize(_ file: String) throws -> (statements: [RecognizedStatement], metadata: DocumentMetadata) {
        let source = try PDFExtractor().extract(try Intake().read(path: SharedCorpus.path(file)))
        let blocks = PDFTableFinder().blocks(for: source.pages)
        return (StatementFinder().find(in: blocks).statements, MetadataReader().read(blocks))
    }

    /// The printed text of `label` in the column whose period key is `key`.
    private static func printed(_ statement: RecognizedStatement, _ label: String, _ key: String) -> String? {
        guard let column = statement.columns.firstIndex(where: { $0.period?.key == key }),
              let row = statement.rows.first(where: { $0.label == label }), column < row.cells.count else { return nil }
        return row.cells[column]?.printed
    }

    @Test func mmmPrimaryStatementsAmongAllTables() throws {
        let (statements, metadata) = try Self.recognize("pdf/MMM_10K_2018.pdf")
        #expect(metadata.form == "10-K")
        #expect(metadata.periodEnd?.iso == "2018-12-31")
        #expect(metadata.fiscalYear == 2018)
        let byKind = Dictionary(grouping: statements, by: \.kind)
        #expect(statements.map(\.kind) == [.income, .comprehensiveIncome, .balance, .equity, .cashFlow])
        let income = try #require(byKind[.income]?.first)
        #expect(income.pages == [56])
        #expect(income.scale.exponent == 6)
        #expect(income.columns.map { $0.period?.key } == ["FY2018", "FY2017", "FY2016"])
        #expect(Self.printed(income, "Net sales", "FY2018") == "32,765")
        let balance = try #require(byKind[.balance]?.first)
        #expect(balance.pages == [58])
        #expect(Self.printed(balance, "Total assets", "2018-12-31") == "36,500")
        let cashFlow = try #require(byKind[.cashFlow]?.first)
        #expect(cashFlow.pages == [60])
        #expect(Self.printed(cashFlow, "Purchases of property, plant and equipment (PP&E)", "FY2018") == "(1,577)")
        let capex = try #require(cashFlow.rows.first { $0.label.hasPrefix("Purchases of property") })
        #expect(capex.section.last?.hasPrefix("Cash Flows from Investing Activities") == true)
    }

    @Test func amcrQuarterAndSixMonthColumns() throws {
        let (statements, metadata) = try Self.recognize("pdf/AMCR_10Q_FY2023Q2.pdf")
        #expect(metadata.form == "10-Q")
        let income = try #require(statements.first { $0.kind == .income })
        #expect(income.pages == [5])
        #expect(income.columns.map { $0.period?.key } == ["3M-2022-12-31", "3M-2021-12-31", "6M-2022-12-31", "6M-2021-12-31"])
        #expect(Self.printed(income, "Cost of sales", "3M-2022-12-31") == "(2,980)")
        #expect(Self.printed(income, "Net income attributable to Amcor plc", "6M-2022-12-31") == "691")
    }

    @Test func bestBuyFiscalYearEndsInFebruary() throws {
        let (statements, metadata) = try Self.recognize("pdf/BBY_10K_FY2019.pdf")
        #expect(metadata.periodEnd?.iso == "2019-02-02")
        let balance = try #require(statements.first { $0.kind == .balance })
        #expect(balance.pages == [52])
        #expect(balance.columns.first?.period == .instant(try #require(CalendarDate(iso: "2019-02-02"))))
        let income = try #require(statements.first { $0.kind == .income })
        #expect(income.columns.first?.period?.key == "FY2019")
        #expect(Self.printed(income, "Revenue", "FY2019") == "42,879")
    }

    @Test func ultaPressReleaseKeepsQuarterAndYearTables() throws {
        let (statements, _) = try Self.recognize("pdf/ULTA_EARNINGS_FY2022Q4.pdf")
        let incomes = statements.filter { $0.kind == .income }
        #expect(incomes.count == 2)
        #expect(incomes.map(\.pages) == [[6], [6]])
        #expect(incomes.first?.columns.count == 2)  // the percentage columns are not periods
        #expect(Self.printed(try #require(incomes.first), "Net sales", "3M-2023-01-28") == "3,226,773")
        let year = try #require(incomes.last)
        #expect(year.columns.first?.period?.weeks == 52)
        #expect(year.columns.first?.period?.end.iso == "2023-01-28")
        #expect(year.scale.exponent == 3)
    }

    @Test func pgeCombinedFilingKeepsBothRegistrants() throws {
        let (statements, _) = try Self.recognize("pdf/PCG_10K_2018.pdf")
        let incomes = statements.filter { $0.kind == .income }
        #expect(incomes.map(\.pages) == [[95], [102]])
        let balance = try #require(statements.first { $0.kind == .balance })
        #expect(balance.pages == [97, 98])  // continued on the next page
        #expect(Self.printed(balance, "TOTAL ASSETS", "2018-12-31") == "76,995")
        #expect(Self.printed(balance, "Total current liabilities", "2018-12-31") == "41,695")
    }

    @Test func mgmUnlabeledTotalAssets() throws {
        let (statements, _) = try Self.recognize("pdf/MGM_10K_2018.pdf")
        let balance = try #require(statements.first { $0.kind == .balance })
        #expect(balance.pages == [57])
        #expect(balance.scale.exponent == 3)
        let unlabeled = try #require(balance.rows.first { $0.label.isEmpty })
        #expect(unlabeled.isTotal)
        #expect(unlabeled.cells.first??.printed == "30,210,706")
        #expect(unlabeled.cells.first??.locator.page == 57)
    }
}
