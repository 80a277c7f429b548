import Testing
import TickmarkModel
@testable import TableRecognition

@Suite struct PDFTableFinderTests {
    /// A small cash-flow statement: a title, a header with years, a section heading, a wrapped
    /// label, `$` printed apart, negatives in parentheses and a dash.
    private func cashFlowPage() -> Page {
        var page = SyntheticPage()
        page.text("Consolidated Statement of Cash Flows", at: 50, bold: true)
        page.newLine()
        page.text("(Millions)", at: 50)
        page.number("2018", right: 400)
        page.number("2017", right: 480)
        page.newLine()
        page.text("Cash flows from investing activities:", at: 50, bold: true)
        page.newLine()
        page.text("Purchases of property, plant and equipment", at: 60)
        page.text("$", at: 350)
        page.number("(1,577)", right: 403)
        page.text("$", at: 430)
        page.number("(1,373)", right: 483)
        page.newLine()
        page.text("Additions to property and equipment, net of $53", at: 60)
        page.newLine()
        page.text("of non-cash capital expenditures", at: 70)
        page.number("262", right: 400)
        page.number("—", right: 478)
        page.newLine()
        page.text("Net cash used in investing activities", at: 70, bold: true)
        page.number("(1,315)", right: 403)
        page.number("(1,373)", right: 483)
        page.newLine()
        page.newLine()
        page.text("The accompanying notes are an integral part of this statement.", at: 50)
        return page.page(7)
    }

    private func onlyTable(_ blocks: [Block]) throws -> Table {
        let tables = blocks.compactMap { block -> Table? in
            if case .table(let table) = block { table } else { nil }
        }
        try #require(tables.count == 1)
        return tables[0]
    }

    private func texts(_ row: TableRow) -> [String] { row.cells.map(\.text) }

    @Test func recognizesRowsColumnsHeadersAndLabels() throws {
        let blocks = PDFTableFinder().blocks(for: [cashFlowPage()])
        let table = try onlyTable(blocks)
        #expect(table.index == 0)
        #expect(table.pages == [7])
        #expect(table.columnCount == 3)
        #expect(table.rows.map(texts) == [
            ["(Millions)", "2018", "2017"],
            ["Cash flows from investing activities:"],
            ["Purchases of property, plant and equipment", "(1,577)", "(1,373)"],
            ["Additions to property and equipment, net of $53 of non-cash capital expenditures", "262", "—"],
            ["Net cash used in investing activities", "(1,315)", "(1,373)"],
        ])
        #expect(table.rows[0].cells.map(\.column) == [0, 1, 2])
        #expect(table.rows[2].cells.map(\.column) == [0, 1, 2])
        #expect(table.rows.map(\.indent) == [0, 0, 1, 1, 2])
        #expect(table.rows.map(\.emphasized) == [false, true, false, false, true])
    }

    @Test func valueLocatorsAreTheNumbersWithoutDollarSigns() throws {
        let table = try onlyTable(PDFTableFinder().blocks(for: [cashFlowPage()]))
        let cell = try #require(table.rows[2].cell(at: 1))
        #expect(cell.locator.page == 7)
        let box = try #require(cell.locator.bbox)
        #expect(box.x1 == 403)
        #expect(box.x0 > 360)
        // The `$` stays out of the text but is kept as the cell's currency sign.
        #expect(cell.text == "(1,577)")
        #expect(cell.currencySign == "$")
        #expect(table.rows[3].cell(at: 1)?.currencySign == nil)
    }

    @Test func linesOutsideTablesAreTextBlocksInReadingOrder() {
        let blocks = PDFTableFinder().blocks(for: [cashFlowPage()])
        let kinds = blocks.map { block -> String in
            switch block {
            case .text(let text): text.text
            case .table: "<table>"
            }
        }
        #expect(kinds == ["Consolidated Statement of Cash Flows", "<table>",
                          "The accompanying notes are an integral part of this statement."])
    }

    @Test func tablesAreNumberedAcrossPages() throws {
        let blocks = PDFTableFinder().blocks(for: [cashFlowPage(), cashFlowPage()])
        let indexes = blocks.compactMap { block -> Int? in
            if case .table(let table) = block { table.index } else { nil }
        }
        #expect(indexes == [0, 1])
    }

    @Test func aLabelWrappedAfterItsValuesIsOneRow() throws {
        var page = SyntheticPage()
        page.text("Net sales", at: 50)
        page.number("1,000", right: 400)
        page.number("900", right: 480)
        page.newLine()
        page.text("Provision for (benefit from) income", at: 50)
        page.number("(73)", right: 403)
        page.number("74", right: 480)
        page.newLine()
        page.text("taxes", at: 60)
        page.newLine()
        page.text("Net income", at: 50)
        page.number("927", right: 400)
        page.number("826", right: 480)
        let table = try onlyTable(PDFTableFinder().blocks(for: [page.page()]))
        #expect(table.rows.map { $0.cell(at: 0)?.text } == ["Net sales", "Provision for (benefit from) income taxes", "Net income"])
    }

    /// Prose on the left, a table on the right, lines side by side: the prose stays text.
    @Test func proseBesideATableIsNotPartOfIt() throws {
        var page = SyntheticPage()
        for row in 0..<10 {
            page.text("the quick brown fox jumps over lazy dogs", at: 40)
            page.text("Total assets measured at level \(["one", "two", "three", "four", "five"][row % 5])", at: 320)
            page.number("\(100 + row),000", right: 560)
            page.newLine()
        }
        let blocks = PDFTableFinder().blocks(for: [page.page()])
        let table = try onlyTable(blocks)
        #expect(table.rows.count == 10)
        #expect(table.rows.map { $0.cell(at: 0)?.text.prefix(12) } == Array(repeating: "Total assets", count: 10))
        #expect(blocks.count == 11)
    }

    @Test func aYearInASentenceIsNotATable() {
        var page = SyntheticPage()
        page.text("In 2018 we sold 1,234 units of our products in the United States.", at: 50)
        page.newLine()
        page.text("Sales in 2017 grew by 12.5% to reach record levels across regions.", at: 50)
        let blocks = PDFTableFinder().blocks(for: [page.page()])
        #expect(blocks.allSatisfy { if case .text = $0 { true } else { false } })
        #expect(blocks.count == 2)
    }

    @Test func detachedSymbolsJoinTheirNumbers() {
        var page = SyntheticPage()
        page.text("Margin", at: 50)
        page.number("12.5", right: 395)
        page.text("%", at: 396)
        page.newLine()
        page.text("Loss", at: 50)
        page.text("(", at: 370)
        page.number("7", right: 395)
        page.text(")", at: 396)
        let lines = LineGrouper().lines(of: page.page().words)
        #expect(lines.map { $0.segments.map(\.text) } == [["Margin", "12.5%"], ["Loss", "(7)"]])
        #expect(lines.map { $0.segments.map(\.kind) } == [[.text, .amount], [.text, .amount]])
    }

    @Test func classifiesPrintedTokens() {
        #expect(TokenClassifier.kind(of: "32,765") == .amount)
        #expect(TokenClassifier.kind(of: "(1,577)") == .amount)
        #expect(TokenClassifier.kind(of: "1,577)") == .amount)
        #expect(TokenClassifier.kind(of: "$32,765") == .amount)
        #expect(TokenClassifier.kind(of: "0.55") == .amount)
        #expect(TokenClassifier.kind(of: "—") == .amount)
        #expect(TokenClassifier.kind(of: "2018") == .year)
        #expect(TokenClassifier.kind(of: "$") == .detachedSymbol)
        #expect(TokenClassifier.kind(of: "(a)") == .footnoteMark)
        #expect(TokenClassifier.kind(of: ". . .") == .text)
        #expect(TokenClassifier.kind(of: "......") == .leader)
        #expect(TokenClassifier.kind(of: "sales") == .text)
        #expect(TokenClassifier.kind(of: "$53,") == .text)
    }

    @Test func footnoteMarksAreStrippedFromAmountsAndLabels() {
        #expect(TokenClassifier.amountStrippingMarks("(6,961)(i)") == "(6,961)")
        #expect(TokenClassifier.amountStrippingMarks("283(c)(f)") == "283")
        #expect(TokenClassifier.amountStrippingMarks("(1,577)") == nil)
        #expect(TokenClassifier.amountStrippingMarks("(a)") == nil)
        #expect(TokenClassifier.labelStrippingMarks("Nonaccrual loans(a)(b)(c)") == "Nonaccrual loans")
        #expect(TokenClassifier.labelStrippingMarks("Income (loss)") == "Income (loss)")
        #expect(TokenClassifier.labelStrippingMarks("Net income(loss)") == "Net income(loss)")
        #expect(TokenClassifier.labelStrippingMarks("net of tax of $5, $6, and $(5)") == "net of tax of $5, $6, and $(5)")
    }

    @Test func staggeredColumnsSetTightStayOneTable() throws {
        var page = SyntheticPage()
        page.text("Common Equity Tier 1", at: 50)
        page.number("7.0%", right: 400)
        page.newLine()
        page.text("American Express Company", at: 60)
        page.number("10.3%", right: 480)
        page.newLine()
        page.text("American Express National Bank", at: 60)
        page.number("11.3", right: 472)
        let table = try onlyTable(PDFTableFinder().blocks(for: [page.page()]))
        #expect(table.rows.map { $0.cells.map(\.column) } == [[0, 1], [0, 2], [0, 2]])
    }
}

extension PDFTableFinderTests {
    /// A heading whose text layer lost an "fl" ligature prints "Cash" and "ows …" a gap apart:
    /// one label, as printed, not a column header.
    @Test func aHeadingBrokenAtALostLigatureIsOneLabel() throws {
        var page = SyntheticPage()
        page.text("(In millions)", at: 50)
        page.number("2025", right: 400)
        page.number("2024", right: 480)
        page.newLine()
        page.text("Cash", at: 50, bold: true)
        page.text("ows from operating activities:", at: 50 + 4 * 4.5 + 7.5, bold: true)
        page.newLine()
        page.text("Net income", at: 60)
        page.number("228", right: 400)
        page.number("178", right: 480)
        page.newLine()
        page.text("Net cash provided by operating activities", at: 60)
        page.number("245", right: 400)
        page.number("189", right: 480)
        let table = try onlyTable(PDFTableFinder().blocks(for: [page.page()]))
        #expect(table.rows.map { $0.cells.map(\.text) }[1] == ["Cash ows from operating activities:"])
    }
}
