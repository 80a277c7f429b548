/// Where a value was printed or tagged. Only the fields of its kind are set; an inline-XBRL
/// value carries both its HTML place and its XBRL identity.
public struct Locator: Codable, Sendable, Hashable {
    // PDF
    /// 1-based page number.
    public var page: Int?
    public var bbox: BoundingBox?
    // HTML
    /// Element path in the DOM, e.g. `/html/body/div[3]/table[2]/tr[5]/td[4]`.
    public var path: String?
    /// 0-based index of the table among the document's tables, and the cell's row and column.
    public var table: Int?
    public var row: Int?
    public var col: Int?
    /// Where a value of a table typed as text (`<pre>`, an old SGML submission) was printed: its
    /// characters in the document's text, the markup's text runs concatenated in document order.
    public var textRange: TextRange?
    // XBRL
    public var concept: String?
    public var contextRef: String?
    public var unitRef: String?
    /// The fact element's `id` attribute (iXBRL) or its position, e.g. `us-gaap:Assets[3]`.
    public var element: String?

    public init(page: Int? = nil, bbox: BoundingBox? = nil, path: String? = nil, table: Int? = nil,
                row: Int? = nil, col: Int? = nil, concept: String? = nil, contextRef: String? = nil,
                unitRef: String? = nil, element: String? = nil, textRange: TextRange? = nil) {
        self.page = page
        self.bbox = bbox
        self.path = path
        self.table = table
        self.row = row
        self.col = col
        self.concept = concept
        self.contextRef = contextRef
        self.unitRef = unitRef
        self.element = element
        self.textRange = textRange
    }

    /// A PDF place.
    public static func pdf(page: Int, bbox: BoundingBox) -> Locator { Locator(page: page, bbox: bbox) }

    /// This printed place with the XBRL identity of the fact tagged there (inline XBRL).
    public func tagged(_ fact: TaggedFact) -> Locator {
        var locator = self
        locator.concept = fact.concept
        locator.contextRef = fact.contextRef
        locator.unitRef = fact.unitRef
        locator.element = fact.element
        return locator
    }
}

extension Locator {
    /// Whether two locators name the same printed or tagged place, tolerantly, so that a value an
    /// improved extractor renamed can be told from a value it lost: the same XBRL fact (element
    /// and context), the same HTML element, or the same PDF page with boxes overlapping by at least
    /// half of the smaller one.
    public func isSamePlace(as other: Locator) -> Bool {
        if let element, let otherElement = other.element, contextRef != nil || other.contextRef != nil {
            return element == otherElement && contextRef == other.contextRef
        }
        if let path, let otherPath = other.path { return path == otherPath }
        guard let page, page == other.page, let box = bbox, let otherBox = other.bbox else { return false }
        let overlapWidth = min(box.x1, otherBox.x1) - max(box.x0, otherBox.x0)
        let overlapHeight = min(box.y1, otherBox.y1) - max(box.y0, otherBox.y0)
        guard overlapWidth > 0, overlapHeight > 0 else { return false }
        let smaller = min(box.width * box.height, otherBox.width * otherBox.height)
        return smaller > 0 && overlapWidth * overlapHeight >= smaller / 2
    }

    /// A coarse key under which `isSamePlace` candidates gather: the XBRL element, the HTML path,
    /// or the PDF page.
    public var placeBucket: String {
        if let element, contextRef != nil { return "x:" + element }
        if let path { return "h:" + path }
        return "p:\(page ?? 0)"
    }
}

/// UTF-8 offsets `start..<end` of printed characters in a markup document's text; encoded as the
/// contract's `[start, end]`.
public struct TextRange: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        self.init(start: try c.decode(Int.self), end: try c.decode(Int.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(start)
        try c.encode(end)
    }
}
