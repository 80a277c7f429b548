import TickmarkModel

/// Extract stage for HTML, inline XBRL and XBRL instances, through libxml2.
public struct MarkupExtractor: Sendable {
    public init() {}

    /// - Throws: `IngestError` when the markup cannot be read safely.
    public func extract(_ file: SourceFile) throws(IngestError) -> SourceDocument {
        throw IngestError(.unsupportedFormat, file: file.path, reason: "\(file.format.rawValue) extraction is not built yet")
    }
}
