/// A passage of a document's running text (a paragraph of narrative prose), citable and
/// searchable like a value: its text as printed (whitespace folded), where it was printed, and
/// its citation ID (`doc:text:<anchor>`, empty until the identify stage fills it).
public struct Passage: Codable, Sendable, Hashable {
    public var id: String
    public var text: String
    /// PDF: `page` and the `bbox` around its lines on that page; HTML: the `path` of the element
    /// its text starts in.
    public var locator: Locator

    public init(id: String = "", text: String, locator: Locator) {
        self.id = id
        self.text = text
        self.locator = locator
    }
}
