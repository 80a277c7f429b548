import Foundation
import TickmarkModel

/// Extract stage for PDFs: every page's words with boxes, through poppler-glib.
///
/// Poppler is not safe to use from several threads on one document and keeps process-wide
/// state (fonts, global parameters), so one process-wide lock covers a document's whole
/// extraction. `ingest` extracts in worker processes, one document each at a time (`WorkerPool`),
/// or a single document in its own process, so there the lock is uncontended and documents are
/// read in parallel across workers.
public struct PDFExtractor: Sendable {
    public init() {}

    /// - Throws: `IngestError` (`.encrypted`, `.damaged`) when poppler cannot open the file or
    ///   it has no pages.
    public func extract(_ file: SourceFile) throws(IngestError) -> SourceDocument {
        popplerLock.lock()
        defer { popplerLock.unlock() }
        let document = try PopplerDocument(bytes: file.bytes, path: file.path)
        let pageCount = document.pageCount
        guard pageCount > 0 else { throw IngestError(.damaged, file: file.path, reason: "damaged PDF: no pages") }
        var pages: [Page] = []
        var diagnostics: [Diagnostic] = []
        pages.reserveCapacity(pageCount)
        let builder = WordBuilder()
        for index in 0..<pageCount {
            guard let page = document.page(at: index) else {
                diagnostics.append(Diagnostic(code: "pdf-page-unreadable", message: "poppler could not load the page",
                                              page: index + 1))
                pages.append(Page(number: index + 1, width: 0, height: 0, words: []))
                continue
            }
            let size = page.size
            let (glyphs, layoutMatchesText) = page.glyphs()
            if !layoutMatchesText {
                diagnostics.append(Diagnostic(code: "pdf-layout-mismatch",
                                              message: "poppler's character boxes do not match its text; word boxes may be off",
                                              page: index + 1))
            }
            pages.append(Page(number: index + 1, width: size.width, height: size.height, words: builder.words(from: glyphs)))
        }
        return SourceDocument(pages: pages, diagnostics: diagnostics)
    }
}

/// Serialises all poppler use in the process (see `PDFExtractor`, `PageRenderer`).
let popplerLock = NSLock()
