import Citing
import Foundation
import Hummingbird
import MarkupExtraction
import PDFExtraction
import TickmarkModel

/// The pieces of a filing a fact page shows, by document ID only (the file's path comes from the
/// corpus, never from the URL): a PDF page as PNG, an HTML filing sanitized and highlighted.
enum SourceRoutes {
    /// `/documents/<ID>/pages/<n>.png?dpi=110`: the page rendered through poppler, cached on disk.
    static func pageImage(document text: String, page pageText: String, form: FormValues, site: Site) throws -> Response {
        let id = try Site.documentID(text)
        guard let page = Int(pageText) else { throw PageError.notFound("“\(pageText)” is not a page number.") }
        let resolution = Int(form["dpi"] ?? "\(FactPage.pageResolution)") ?? 0
        let resolutions = PageRenderer.resolutions
        guard resolutions.contains(resolution) else {
            throw PageError.badRequest("dpi must be a number from \(resolutions.lowerBound) to \(resolutions.upperBound).")
        }
        let file = try site.storedFile(id)
        guard let count = file.pageCount else { throw PageError.notFound("Document \(id) is not a PDF: it has no pages.") }
        guard (1...max(count, 1)).contains(page), count > 0 else { throw PageError.notFound("Document \(id) has pages 1 to \(count), not \(page).") }
        let rendered: RenderedPage
        do {
            rendered = try site.renderer.render(file: file.url, sha256: file.sha256, page: page, resolution: resolution)
        } catch .pageOutOfRange(let page, let count) {
            throw PageError.notFound("Document \(id) has pages 1 to \(count), not \(page).")
        } catch {
            throw PageError(status: .internalServerError, message: "Page \(page) of document \(id) could not be rendered: \(error).")
        }
        let png = try Data(contentsOf: rendered.png)
        return Response(status: .ok, headers: [.contentType: "image/png", .cacheControl: "public, max-age=86400, immutable"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: png)))
    }

    /// `/documents/<ID>/source?fact=<ID>`: the HTML filing, sanitized, the fact's element marked
    /// `tm-value`; served under a policy that lets no script run and nothing load from elsewhere.
    static func filing(document text: String, form: FormValues, site: Site) throws -> Response {
        let id = try Site.documentID(text)
        let file = try site.storedFile(id)
        guard let format = site.counterparts.entities.documents.first(where: { $0.id == id })?.format, ["html", "ixbrl"].contains(format) else {
            throw PageError.notFound("Document \(id) is not an HTML filing.")
        }
        var highlight: Locator?
        if let factID = form["fact"] {
            guard CitationID(factID) != nil else { throw PageError.badRequest("“\(factID)” is not a citation ID.") }
            guard let (_, fact) = try CitationDetail.resolve(factID, in: site.corpus), fact.document.id == id else {
                throw PageError.notFound("\(factID) is not a fact of document \(id).")
            }
            highlight = try JSONDecoder().decode(Locator.self, from: Data(fact.locator.utf8))
        }
        let source: SanitizedSource
        do {
            source = try SourceView.sanitizedHTML(file: file.url, highlight: highlight)
        } catch {
            throw PageError(status: .internalServerError, message: "The filing of document \(id) cannot be shown: \(error).")
        }
        return Respond.body(source.html, type: "text/html; charset=utf-8",
                            headers: [Respond.policyHeader: Respond.filingPolicy, .cacheControl: "private, max-age=300"])
    }
}
