import Citing
import CorpusStore

/// `/documents/<ID>`: a document's metadata and its statements as tables, each value a link to
/// its fact page; `/api/documents/<ID>` the same as JSON.
struct DocumentPage: Encodable {
    var document: DocumentSummary
    var pageCount: Int?
    var statements: [StatementTable]

    init(id text: String, site: Site) throws {
        let id = try Site.documentID(text)
        guard let document = site.counterparts.entities.documents.first(where: { $0.id == id }) else {
            throw PageError.notFound("No document \(id) in the corpus.")
        }
        self.document = document
        pageCount = try site.corpus.documentSource(id)?.pageCount
        statements = try site.corpus.statements(ofDocument: id).compactMap { try StatementTable.load($0.id, from: site.corpus) }
    }

    var html: String {
        let d = document
        var body = "<h1>\(HTML.escape(d.entity ?? d.file))</h1>"
        body += HTML.facts([
            ("Document", "<code>\(HTML.escape(d.id))</code>"), ("File", HTML.escape(d.file)), ("Format", HTML.escape(d.format ?? "?")),
            ("Form", HTML.escape(d.form ?? "?")), ("Ticker", HTML.escape(d.ticker ?? "—")), ("CIK", HTML.escape(d.cik ?? "—")),
            ("Fiscal year", HTML.escape(d.fiscalYear.map(String.init) ?? "?")), ("Period end", HTML.escape(d.periodEnd ?? "?")),
            ("Pages", HTML.escape(pageCount.map(String.init) ?? "—")), ("SHA-256", "<code>\(HTML.escape(d.sha256))</code>"),
        ])
        if statements.isEmpty { body += "<p>No statement was recognized in this document.</p>" }
        for table in statements {
            let scale = table.statement.scale == 1 ? "" : ", ×\(table.statement.scale)"
            body += "<section class=\"tm-statement\" id=\"\(HTML.escape(table.statement.id))\"><h2>\(HTML.escape(table.statement.title))</h2>"
            body += "<p class=\"tm-muted\"><code>\(HTML.escape(table.statement.id))</code> (\(HTML.escape(table.statement.currency ?? "?"))\(HTML.escape(scale)))</p>"
            body += StatementHTML.table(table) + "</section>"
        }
        return HTML.page(title: d.entity ?? d.file, body: body)
    }
}
