import TickmarkModel

/// Extract stage for PDFs: every page's words with boxes, through poppler-glib.
public struct PDFExtractor: Sendable {
    public init() {}

    /// - Throws: `IngestError` (`.encrypted`, `.damaged`) when poppler cannot open the file.
    public func extract(_ file: SourceFile) throws(IngestError) -> SourceDocument {
        throw IngestError(.unsupportedFormat, file: file.path, reason: "PDF extraction is not built yet")
    }
}
