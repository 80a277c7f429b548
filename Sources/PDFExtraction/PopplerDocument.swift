import CPoppler
import TickmarkModel

/// Owns one open `PopplerDocument` (released in `deinit`). Not thread-safe: poppler must not
/// be used from several threads on one document, so callers hold `PDFExtractor`'s lock.
final class PopplerDocument {
    private let handle: OpaquePointer

    /// Opens a PDF from a copy of `bytes` (poppler keeps its own reference to the `GBytes`).
    /// - Throws: `.encrypted` for a password-protected file, `.damaged` for anything else
    ///   poppler cannot open.
    init(bytes: [UInt8], path: String) throws(IngestError) {
        let gbytes = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(gbytes) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(gbytes, nil, &error) else {
            throw Self.ingestError(consuming: error, path: path)
        }
        handle = document
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    var pageCount: Int { Int(poppler_document_get_n_pages(handle)) }

    /// The page at 0-based `index`, or nil when poppler cannot load it.
    func page(at index: Int) -> PopplerPage? {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return nil }
        return PopplerPage(handle: page)
    }

    /// Maps a poppler `GError` to our error kinds and frees it.
    private static func ingestError(consuming error: UnsafeMutablePointer<GError>?, path: String) -> IngestError {
        guard let error else { return IngestError(.damaged, file: path, reason: "poppler could not open the PDF") }
        defer { g_error_free(error) }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown poppler error"
        let isPopplerError = error.pointee.domain == tickmark_poppler_error_quark()
        if isPopplerError && error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            return IngestError(.encrypted, file: path, reason: "the PDF is encrypted: \(message)")
        }
        return IngestError(.damaged, file: path, reason: "damaged PDF: \(message)")
    }
}
