import Citing
import CorpusStore
import Foundation
import MarkupExtraction
import PDFExtraction
import TickmarkModel

/// `/facts/<ID>`: everything `cite show` says about a fact (aliases resolve and say so), the
/// statement's rows around its line, and the source with the value highlighted — the rendered
/// PDF page with the value's box, the filing itself in a sandboxed frame, or the XBRL fact with
/// its context and unit; `/api/facts/<ID>` the same as JSON.
struct FactPage: Encodable {
    /// Rows of the statement shown above and below the fact's line.
    static let rowsAround = 5
    static let pageResolution = 110

    var detail: CitationDetail
    var locator: Locator?
    /// The statement's rows around the line (all its periods).
    var rows: StatementTable?
    var source: Source

    /// Where the value was printed, as the page shows it.
    struct Source: Encodable {
        /// `pdf`, `html` (EDGAR HTML and inline XBRL), `xbrl` (an instance) or `none`.
        var kind: String
        var page: Int?
        var image: String?
        var pointWidth: Double?
        var pointHeight: Double?
        var highlight: BoundingBox?
        /// The boxes of the line's other values on the same page.
        var rowBoxes: [BoundingBox] = []
        var filing: String?
        var xbrl: XBRLFactSource?
        /// Why the source cannot be shown (file gone or changed, render failed).
        var unavailable: String?
    }

    init(id text: String, site: Site) throws {
        guard let citation = CitationID(text) else {
            throw PageError.badRequest("“\(text)” is not a citation ID (see the README, “Citation IDs”).")
        }
        guard case .fact = citation.target else {
            throw PageError.badRequest("\(text) names a \(Self.targetName(citation.target)), not a fact; its document is \(citation.document).")
        }
        guard let detail = try CitationDetail.load(text, counterparts: site.counterparts) else {
            throw PageError.notFound("\(text) is not in the corpus (and no rebuild renamed it).")
        }
        self.detail = detail
        let fact = detail.fact
        locator = try? JSONDecoder().decode(Locator.self, from: Data(fact.locator.utf8))
        if var table = try StatementTable.load(fact.statement.id, from: site.corpus),
           let index = table.rows.firstIndex(where: { $0.line.id == fact.line.id }) {
            table.rows = Array(table.rows[max(0, index - Self.rowsAround)..<min(table.rows.count, index + Self.rowsAround + 1)])
            rows = table
        }
        source = Self.source(of: fact, locator: locator, site: site)
    }

    private static func targetName(_ target: CitationID.Target) -> String {
        switch target {
        case .document: "document"
        case .statement: "statement"
        case .line: "line"
        case .fact: "fact"
        case .table: "table"
        case .cell: "cell"
        case .passage: "passage"
        }
    }

    /// The source by the document's format: a PDF page with the value's box, the HTML or inline
    /// XBRL filing framed, an XBRL instance's fact element.
    private static func source(of fact: CitedFact, locator: Locator?, site: Site) -> Source {
        guard let locator else { return Source(kind: "none") }
        switch fact.document.format {
        case "pdf":
            guard let page = locator.page, let box = locator.bbox else { return Source(kind: "none") }
            var source = Source(kind: "pdf", page: page, highlight: box)
            do {
                let file = try site.storedFile(fact.document.id)
                let rendered = try site.renderer.render(file: file.url, sha256: file.sha256, page: page, resolution: pageResolution)
                source.image = Paths.pageImage(document: fact.document.id, page: page, dpi: pageResolution)
                source.pointWidth = rendered.pointWidth
                source.pointHeight = rendered.pointHeight
                source.rowBoxes = try site.corpus.facts(ofLine: fact.line.id).compactMap { other in
                    guard other.id != fact.id, let place = try? JSONDecoder().decode(Locator.self, from: Data(other.locator.utf8)),
                          place.page == page else { return nil }
                    return place.bbox
                }
            } catch {
                source.unavailable = Self.reason(error)
            }
            return source
        case "html", "ixbrl":
            var source = Source(kind: "html", filing: Paths.source(document: fact.document.id, fact: fact.id))
            do { _ = try site.storedFile(fact.document.id) } catch { source.unavailable = Self.reason(error) }
            return source
        case "xbrl":
            var source = Source(kind: "xbrl")
            do {
                source.xbrl = try SourceView.xbrlFact(file: site.storedFile(fact.document.id).url, locator: locator)
            } catch {
                source.unavailable = Self.reason(error)
            }
            return source
        default:
            return Source(kind: "none")
        }
    }

    private static func reason(_ error: any Error) -> String {
        (error as? PageError)?.message ?? "The source cannot be shown: \(error)."
    }

    var html: String {
        let fact = detail.fact
        var body = "<h1>\(HTML.escape(fact.line.label)) <span class=\"tm-muted\">\(HTML.escape(fact.period))</span></h1>"
        if detail.isAlias {
            body += "<p class=\"tm-alias\"><code>\(HTML.escape(detail.requested))</code> is an alias (renamed by a rebuild) of "
                + "<code>\(HTML.escape(detail.resolved))</code>.</p>"
        }
        let scale = fact.statement.scale
        let section = fact.line.section.isEmpty ? "" : " <span class=\"tm-muted\">(under \(HTML.escape(fact.line.section.joined(separator: " › "))))</span>"
        body += HTML.facts([
            ("ID", "<code id=\"tm-fact-id\">\(HTML.escape(fact.id))</code>"),
            ("Value", "<strong id=\"tm-fact-value\">\(HTML.escape(fact.value ?? "— (a dash)"))</strong> \(HTML.escape(fact.unit ?? ""))"),
            ("Printed", HTML.escape(fact.printed ?? "—")),
            ("Period", HTML.escape(fact.period)),
            ("Unit", HTML.escape(fact.unit ?? "—")),
            ("Scale", HTML.escape(scale == 1 ? "as printed (×1)" : "printed ×\(scale)")),
            ("Statement", HTML.link(Paths.document(fact.document.id) + "#" + Paths.encode(fact.statement.id), fact.statement.title)
                + " <code>\(HTML.escape(fact.statement.id))</code>"),
            ("Line", HTML.escape(fact.line.label) + section),
            ("Concept", HTML.escape(fact.line.concept ?? "—") + " · XBRL " + HTML.escape(fact.line.xbrlConcept ?? "—")),
            ("Document", HTML.link(Paths.document(fact.document.id), fact.document.file) + " "
                + HTML.escape([fact.document.entity, fact.document.form, fact.document.periodEnd.map { "period end \($0)" }]
                    .compactMap { $0 }.joined(separator: " · "))),
            ("Page", HTML.escape(fact.page.map(String.init) ?? "—")),
            ("Checks", HTML.escape(fact.flags.isEmpty ? "confirmed by a self-check" : fact.flags.joined(separator: ", "))),
            ("Locator", "<code>\(HTML.escape(fact.locator))</code>"),
        ])
        if !detail.printedRow.isEmpty {
            body += "<p class=\"tm-printed-row\">Printed row: " + detail.printedRow.map { "<span>\(HTML.escape($0))</span>" }.joined(separator: " | ") + "</p>"
        }
        body += "<section><h2>The same concept and period elsewhere</h2>" + elsewhere + "</section>"
        if let rows {
            body += "<section><h2>The statement around the line</h2>"
                + StatementHTML.table(rows, currentLine: fact.line.id, currentFact: fact.id) + "</section>"
        }
        body += "<section><h2>The source</h2>" + sourceHTML + "</section>"
        return HTML.page(title: "\(fact.line.label) \(fact.period)", body: body)
    }

    private var elsewhere: String {
        guard !detail.others.isEmpty else { return "<p>No other document of this entity holds this concept and period.</p>" }
        let rows = detail.others.map { other -> [String] in
            [other.agrees ? "equal" : "<strong>DIFFERENT</strong>", HTML.escape(other.fact.value ?? "—"), HTML.escape(other.fact.printed ?? "—"),
             HTML.link(Paths.fact(other.fact.id), other.fact.id),
             HTML.link(Paths.document(other.fact.document.id), other.fact.document.file) + " " + HTML.escape(other.fact.document.form ?? "")]
        }
        return HTML.table(headers: ["", "Value", "Printed", "ID", "Document"], rows: rows,
                          rowClasses: detail.others.map { $0.agrees ? nil : "tm-different" })
    }

    private var sourceHTML: String {
        if let reason = source.unavailable {
            return "<p class=\"tm-error\" id=\"tm-source-unavailable\">\(HTML.escape(reason))</p>"
        }
        switch source.kind {
        case "pdf":
            guard let image = source.image, let page = source.page, let width = source.pointWidth, let height = source.pointHeight,
                  let box = source.highlight else { return "" }
            func placed(_ box: BoundingBox, id: String?, cls: String) -> String {
                func percent(_ value: Double, _ of: Double) -> String { String(format: "%.3f%%", value / of * 100) }
                return "<div\(id.map { " id=\"\($0)\"" } ?? "") class=\"\(cls)\" data-left=\"\(percent(box.x0, width))\" "
                    + "data-top=\"\(percent(box.y0, height))\" data-width=\"\(percent(box.width, width))\" data-height=\"\(percent(box.height, height))\"></div>"
            }
            return "<p class=\"tm-muted\">Page \(page), rendered at \(Self.pageResolution) dpi; the value's box is outlined.</p>"
                + "<div id=\"tm-source\" data-kind=\"pdf\" data-page=\"\(page)\" data-point-width=\"\(width)\" data-point-height=\"\(height)\">"
                + "<img id=\"tm-page\" src=\"\(HTML.escape(image))\" alt=\"Page \(page) of \(HTML.escape(detail.fact.document.file))\">"
                + source.rowBoxes.map { placed($0, id: nil, cls: "tm-box tm-row") }.joined()
                + placed(box, id: "tm-highlight", cls: "tm-box") + "</div>"
        case "html":
            guard let filing = source.filing else { return "" }
            return "<p class=\"tm-muted\">The filing, sanitized (no scripts, no external loads), scrolled to the value.</p>"
                + "<div id=\"tm-source\" data-kind=\"html\"><iframe id=\"tm-filing\" sandbox=\"allow-same-origin\" src=\"\(HTML.escape(filing))\" "
                + "title=\"The filing\"></iframe></div>"
        case "xbrl":
            guard let xbrl = source.xbrl else { return "" }
            return "<div id=\"tm-source\" data-kind=\"xbrl\"><h3>Fact</h3><pre class=\"tm-xbrl-fact\">\(HTML.escape(xbrl.fact))</pre>"
                + (xbrl.context.map { "<h3>Context</h3><pre class=\"tm-xbrl-context\">\(HTML.escape($0))</pre>" } ?? "")
                + (xbrl.unit.map { "<h3>Unit</h3><pre class=\"tm-xbrl-unit\">\(HTML.escape($0))</pre>" } ?? "") + "</div>"
        default:
            return "<p>No locator for this value.</p>"
        }
    }
}
