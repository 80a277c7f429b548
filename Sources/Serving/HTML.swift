import Foundation

/// Markup built from Swift strings. Every string that comes from the corpus, a filing or a
/// request goes through `escape` (or `attribute`); only these builders write tags.
enum HTML {
    /// Text safe inside an element or a double-quoted attribute.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// A whole page: the title, our stylesheet and script, a header with the search box, the body.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) — Tickmark</title>
        <link rel="stylesheet" href="/static/tickmark.css"><script src="/static/tickmark.js" defer></script></head>
        <body><header><a class="tm-home" href="/">Tickmark</a>
        <form class="tm-search" action="/search" method="get"><input type="search" name="q" placeholder="capital expenditures" aria-label="Search">
        <button>Search</button></form><a href="/tasks">Check a task</a></header>
        <main>\(body)</main></body></html>
        """
    }

    /// A table: one header row, then rows of cells already escaped or built here.
    static func table(headers: [String], rows: [[String]], rowClasses: [String?]? = nil) -> String {
        var out = "<table><thead><tr>" + headers.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for (i, row) in rows.enumerated() {
            let cls = rowClasses?[i].map { " class=\"\($0)\"" } ?? ""
            out += "<tr\(cls)>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>"
        }
        return out + "</tbody></table>"
    }

    /// A link to a path of this server; `path` is built by `Paths`, `text` is escaped here.
    static func link(_ path: String, _ text: String, id: String? = nil) -> String {
        "<a href=\"\(escape(path))\"\(id.map { " id=\"\(escape($0))\"" } ?? "")>\(escape(text))</a>"
    }

    /// A definition list of label → value pairs (values already escaped or built here).
    static func facts(_ pairs: [(String, String)]) -> String {
        "<dl>" + pairs.map { "<dt>\(escape($0.0))</dt><dd>\($0.1)</dd>" }.joined() + "</dl>"
    }
}

/// The paths of this server's pages, with every ID percent-encoded into one path segment set.
enum Paths {
    /// What may stay unencoded in a path: IDs keep their `:` `/` `@` `~` readable.
    private static let allowed: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~:@/")
        return set
    }()

    static func encode(_ id: String) -> String { id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id }
    static func query(_ value: String) -> String {
        var set = allowed
        set.remove(charactersIn: "/")
        return value.addingPercentEncoding(withAllowedCharacters: set) ?? value
    }

    static func fact(_ id: String) -> String { "/facts/" + encode(id) }
    static func document(_ id: String) -> String { "/documents/" + encode(id) }
    static func pageImage(document: String, page: Int, dpi: Int) -> String { "/documents/\(encode(document))/pages/\(page).png?dpi=\(dpi)" }
    static func source(document: String, fact: String) -> String { "/documents/\(encode(document))/source?fact=" + query(fact) }
}
