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
    // XBRL
    public var concept: String?
    public var contextRef: String?
    public var unitRef: String?
    /// The fact element's `id` attribute (iXBRL) or its position, e.g. `us-gaap:Assets[3]`.
    public var element: String?

    public init(page: Int? = nil, bbox: BoundingBox? = nil, path: String? = nil, table: Int? = nil,
                row: Int? = nil, col: Int? = nil, concept: String? = nil, contextRef: String? = nil,
                unitRef: String? = nil, element: String? = nil) {
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
    }

    /// A PDF place.
    public static func pdf(page: Int, bbox: BoundingBox) -> Locator { Locator(page: page, bbox: bbox) }
}
