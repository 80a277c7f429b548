/// A grid of cells, the same for every format: the PDF recognizer builds it from aligned words,
/// the HTML backend from `<table>` elements. Column 0 holds row labels.
public struct Table: Sendable {
    /// 0-based position among the document's tables (stable: follows reading order).
    public var index: Int
    /// 1-based pages the table is printed on (empty for HTML).
    public var pages: [Int]
    public var rows: [TableRow]
    /// Number of columns, label column included.
    public var columnCount: Int
    /// Where the whole table is (PDF: first page and box; HTML: element path).
    public var locator: Locator

    public init(index: Int, pages: [Int], rows: [TableRow], columnCount: Int, locator: Locator) {
        self.index = index
        self.pages = pages
        self.rows = rows
        self.columnCount = columnCount
        self.locator = locator
    }
}

/// One row of a table.
public struct TableRow: Sendable {
    public var cells: [TableCell]
    /// Indentation level of the row label (0 = flush left), as the layout shows it.
    public var indent: Int
    /// The label was printed in bold or emphasised (often a total or a heading), when known.
    public var emphasized: Bool

    public init(cells: [TableCell], indent: Int = 0, emphasized: Bool = false) {
        self.cells = cells
        self.indent = indent
        self.emphasized = emphasized
    }

    /// The cell that starts at `column`, if any.
    public func cell(at column: Int) -> TableCell? { cells.first { $0.column == column } }
}

/// One cell: its printed text, the columns it spans and where it is.
public struct TableCell: Sendable {
    /// Text as printed (whitespace folded; `$` and `)` that sat in cells of their own are joined
    /// to the number by the backend).
    public var text: String
    /// First column (0 = label column) and how many columns it spans.
    public var column: Int
    public var span: Int
    public var locator: Locator
    /// The XBRL fact tagged on this cell (inline XBRL), if any: the first of `facts`.
    public var fact: TaggedFact?
    /// Every numeric XBRL fact tagged inside the cell, in document order: a label cell can carry
    /// several ("309,252,205 shares at May 31, 2023 and 307,874,161 shares at August 31, 2022").
    public var facts: [TaggedFact]
    /// The currency sign printed before the amount (`$`, `€`, `£`) that `text` leaves out, if any.
    public var currencySign: String?

    public init(text: String, column: Int, span: Int = 1, locator: Locator, fact: TaggedFact? = nil,
                facts: [TaggedFact]? = nil, currencySign: String? = nil) {
        self.text = text
        self.column = column
        self.span = span
        self.locator = locator
        self.fact = fact
        self.facts = facts ?? (fact.map { [$0] } ?? [])
        self.currencySign = currencySign
    }

    public var lastColumn: Int { column + span - 1 }
}
