import TickmarkModel

/// Turns a PDF page's words into text lines and tables (rows from baselines, numeric columns
/// from aligned right edges), without ruling lines.
public struct PDFTableFinder: Sendable {
    public init() {}

    /// Blocks of all pages in reading order; tables numbered from 0 across the document.
    /// A table continued on the next page is a separate table.
    public func blocks(for pages: [Page]) -> [Block] {
        var blocks: [Block] = []
        var tableCount = 0
        for page in pages {
            for column in PageColumns().columns(of: page) {
                blocks += columnBlocks(LineGrouper().lines(of: column), page: page.number, tableCount: &tableCount)
            }
        }
        return blocks
    }

    /// Text lines and tables of one column of a page, top to bottom.
    private func columnBlocks(_ lines: [PrintedLine], page: Int, tableCount: inout Int) -> [Block] {
        var blocks: [Block] = []
        var next = 0
        for region in TableRegionFinder().regions(in: lines) {
            blocks += lines[next..<region.lowerBound].map { textBlock($0, page: page) }
            blocks.append(.table(TableBuilder().table(from: lines[region], page: page, index: tableCount)))
            tableCount += 1
            next = region.upperBound
        }
        blocks += lines[next...].map { textBlock($0, page: page) }
        return blocks
    }

    private func textBlock(_ line: PrintedLine, page: Int) -> Block {
        .text(TextBlock(text: line.text, locator: .pdf(page: page, bbox: line.bbox)))
    }
}
