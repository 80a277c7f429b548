import TickmarkModel

/// Normalize stage: printed numbers to values with sign, scale and unit; labels to concepts.
public struct Normalizer: Sendable {
    public init() {}

    public func normalize(_ document: RecognizedDocument) -> NormalizedDocument {
        NormalizedDocument(metadata: document.metadata, statements: [], tables: document.tables, diagnostics: document.diagnostics)
    }
}
