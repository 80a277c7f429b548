import TickmarkModel

/// Turns a PDF page's words into text lines and tables (rows from baselines, numeric columns
/// from aligned right edges), without ruling lines.
public struct PDFTableFinder: Sendable {
    public init() {}

    /// Blocks of all pages in reading order; tables numbered from 0 across the document.
    public func blocks(for pages: [Page]) -> [Block] { [] }
}
