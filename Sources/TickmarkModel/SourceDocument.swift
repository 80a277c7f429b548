/// What an extractor produces: the document's content as Swift values, every element with its
/// locator. PDFs fill `pages`; HTML fills `blocks`; XBRL formats fill `xbrl` (and iXBRL `blocks`).
public struct SourceDocument: Sendable {
    public var pages: [Page]
    /// Text blocks and tables in reading order (HTML, iXBRL; for PDFs, recognition builds them).
    public var blocks: [Block]
    /// Tagged facts with their contexts and units (iXBRL, XBRL instance).
    public var xbrl: XBRLFacts?
    /// Problems the extractor could live with.
    public var diagnostics: [Diagnostic]
    /// Files read beside the document (an XBRL instance's linkbases), with their digests.
    public var companions: [CompanionFile]

    public init(pages: [Page] = [], blocks: [Block] = [], xbrl: XBRLFacts? = nil, diagnostics: [Diagnostic] = [],
                companions: [CompanionFile] = []) {
        self.pages = pages
        self.blocks = blocks
        self.xbrl = xbrl
        self.diagnostics = diagnostics
        self.companions = companions
    }
}

/// One PDF page: its size in points and its words in the content stream's reading order.
public struct Page: Sendable {
    /// 1-based.
    public var number: Int
    public var width: Double
    public var height: Double
    public var words: [Word]

    public init(number: Int, width: Double, height: Double, words: [Word]) {
        self.number = number
        self.width = width
        self.height = height
        self.words = words
    }
}

/// A run of non-space characters on a PDF page, with its box (top-left origin, points).
public struct Word: Sendable, Hashable {
    public var text: String
    public var bbox: BoundingBox
    /// Font size in points, when the backend knows it.
    public var fontSize: Double?
    /// Printed in a bold face (from the font name), when the backend knows it.
    public var isBold: Bool

    public init(text: String, bbox: BoundingBox, fontSize: Double? = nil, isBold: Bool = false) {
        self.text = text
        self.bbox = bbox
        self.fontSize = fontSize
        self.isBold = isBold
    }
}

/// A piece of document content in reading order.
public enum Block: Sendable {
    case text(TextBlock)
    case table(Table)
}

/// A paragraph, heading or line of running text.
public struct TextBlock: Sendable, Hashable {
    public var text: String
    public var locator: Locator

    public init(text: String, locator: Locator) {
        self.text = text
        self.locator = locator
    }
}
