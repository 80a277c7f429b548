import TickmarkModel

/// Reads cover-page metadata (entity, form, fiscal year, period end, ticker, CIK) from text.
public struct MetadataReader: Sendable {
    public init() {}

    public func read(_ blocks: [Block]) -> DocumentMetadata { DocumentMetadata() }
}
