import Testing
import TickmarkModel
@testable import Identification

@Suite struct TableAnchorsTests {
    private static func cell(_ text: String, _ column: Int, span: Int = 1) -> TableCell {
        TableCell(text: text, column: column, span: span, locator: Locator())
    }

    /// An income statement as a 10-Q prints it: a spanning header over year columns.
    private static let quarterTable = Table(index: 7, pages: [5], rows: [
        TableRow(cells: [cell("Three Months Ended June 30,", 1, span: 2)]),
        TableRow(cells: [cell("(In millions)", 0), cell("2018", 1), cell("2017(1)", 2)]),
        TableRow(cells: [cell("Sales", 0), cell("$3,579", 1), cell("$2,859", 2)]),
        TableRow(cells: [cell("Other", 0), cell("(12)", 1), cell("4", 2)]),
        TableRow(cells: [cell("Other", 0), cell("1", 1), cell("2", 2)]),
        TableRow(cells: [cell("", 0), cell("3,568", 1), cell("2,865", 2)]),
    ], columnCount: 3, locator: Locator())

    @Test func cellsAreNamedByRowLabelAndColumnHeader() {
        #expect(TableAnchors.rows(Self.quarterTable) == ["unlabeled-1", "in-millions", "sales", "other", "other.2", "unlabeled-2"])
        #expect(TableAnchors.columns(Self.quarterTable) == ["label", "three-months-ended-june-30-2018", "three-months-ended-june-30-2017-1"])
    }

    @Test func tablesAreNamedByPageAndFirstLabel() {
        var html = Self.quarterTable
        html.pages = []
        let other = Table(index: 8, pages: [5], rows: [TableRow(cells: [Self.cell("1,234", 1)])], columnCount: 2, locator: Locator())
        #expect(TableAnchors.tables([Self.quarterTable, html, other, Self.quarterTable]) == ["p5.in-millions", "in-millions", "p5.table",
                                                                                   "p5.in-millions.2"])
        #expect(TableAnchors.columns(other) == ["label", "c1"])
    }
}
