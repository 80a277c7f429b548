import CorpusStore
import Foundation

/// `/` and `/search`: `cite search` as a page — the same ranking and filters — each fact linking
/// to its page, each passage to its document.
struct SearchPage {
    static let defaultLimit = 50
    static let maximumLimit = 500

    var query: String
    var filters: SQLiteCorpus.SearchFilters
    var limit: Int
    var hits: [SQLiteCorpus.RankedHit]

    /// The search a query string asks for; 400 for a year or limit that is not a number.
    init(form: FormValues, site: Site) throws {
        query = form["q"] ?? ""
        let year: Int?
        if let text = form["year"] {
            guard let value = Int(text) else { throw PageError.badRequest("year “\(text)” is not a year.") }
            year = value
        } else {
            year = nil
        }
        if let text = form["limit"] {
            guard let value = Int(text), (1...Self.maximumLimit).contains(value) else {
                throw PageError.badRequest("limit “\(text)” is not a number from 1 to \(Self.maximumLimit).")
            }
            limit = value
        } else {
            limit = Self.defaultLimit
        }
        filters = .init(entity: form["entity"], form: form["form"], year: year, statement: form["statement"], concept: form["concept"])
        hits = query.isEmpty ? [] : try site.corpus.rankedSearch(query, filters: filters, limit: limit)
    }

    var html: String {
        let inputs: [(String, String, String?)] = [
            ("q", "Words", query), ("entity", "Entity (ticker, CIK, name)", filters.entity), ("form", "Form", filters.form),
            ("year", "Year", filters.year.map(String.init)), ("statement", "Statement kind", filters.statement),
            ("concept", "Concept", filters.concept),
        ]
        var body = "<h1>Search the corpus</h1><form class=\"tm-filters\" action=\"/search\" method=\"get\">"
        for (name, label, value) in inputs {
            body += "<label>\(HTML.escape(label)) <input name=\"\(name)\" value=\"\(HTML.escape(value ?? ""))\"></label>"
        }
        body += "<button>Search</button></form>"
        guard !query.isEmpty else {
            return HTML.page(title: "Search", body: body + "<p>Words of a line label, concept, statement title or passage; best first (as <code>cite search</code>).</p>")
        }
        body += "<p class=\"tm-count\">\(hits.count) results for “\(HTML.escape(query))”</p>"
        let rows = hits.map { hit -> [String] in
            let document = HTML.link(Paths.document(hit.document.id), hit.document.file)
                + " <span class=\"tm-muted\">\(HTML.escape([hit.document.entity, hit.document.form].compactMap { $0 }.joined(separator: " ")))</span>"
            let page = hit.page.map { "p.\($0)" } ?? ""
            guard let fact = hit.fact else {
                return [HTML.escape("passage"), "<span class=\"tm-passage\">\(HTML.escape(String((hit.text ?? "").prefix(240))))</span>",
                        "", "", "", document, page]
            }
            return [HTML.link(Paths.fact(fact.id), fact.id, id: nil), HTML.escape(fact.line.label), HTML.escape(fact.printed ?? "—"),
                    HTML.escape(fact.value ?? "—"), HTML.escape(fact.period), document, page]
        }
        body += HTML.table(headers: ["ID", "Line", "Printed", "Value", "Period", "Document", "Page"], rows: rows)
        return HTML.page(title: "Search: \(query)", body: body)
    }
}
