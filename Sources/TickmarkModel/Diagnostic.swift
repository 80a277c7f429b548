/// A recoverable problem found while reading a document; it is emitted in `warnings[]`.
public struct Diagnostic: Codable, Sendable, Hashable {
    /// A short stable code, e.g. `statement-not-found`, `unknown-ix-format`.
    public var code: String
    public var message: String
    /// The 1-based page it concerns, when there is one.
    public var page: Int?

    public init(code: String, message: String, page: Int? = nil) {
        self.code = code
        self.message = message
        self.page = page
    }
}
