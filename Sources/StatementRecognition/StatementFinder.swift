import TickmarkModel

/// Finds the primary statements among a document's tables and reads their periods, scale,
/// sections and rows. Shared by every format that prints tables (PDF, HTML, inline XBRL).
public struct StatementFinder: Sendable {
    public init() {}

    public func find(in blocks: [Block]) -> (statements: [RecognizedStatement], diagnostics: [Diagnostic]) {
        ([], [])
    }
}
