/// The check stage's output: the normalized document whose statements now carry their
/// self-checks and whose facts carry the flags of the failing checks that involve them. A type
/// of its own so that identification can only follow the checks. IDs are still empty.
public struct CheckedDocument: Sendable {
    public var content: NormalizedDocument

    public init(_ content: NormalizedDocument) {
        self.content = content
    }
}
