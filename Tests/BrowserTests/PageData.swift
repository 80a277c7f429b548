/// What the browser tests read from a page's DOM as Chromium serialized it.
enum PageData {
    /// The `data-*` attributes of `<body>`, without the `data-` prefix.
    static func bodyAttributes(in dom: String) -> [String: String] {
        guard let tag = dom.firstMatch(of: #/<body[^>]*>/#) else { return [:] }
        var attributes: [String: String] = [:]
        for match in String(tag.0).matches(of: #/data-([a-z0-9-]+)="([^"]*)"/#) {
            attributes[String(match.1)] = String(match.2).replacingOccurrences(of: "&amp;", with: "&")
        }
        return attributes
    }

    /// The `data-kind` of the page's `#tm-source` element (`pdf`, `html`, `xbrl`).
    static func sourceKind(in dom: String) -> String? {
        guard let tag = dom.firstMatch(of: #/<div[^>]*id="tm-source"[^>]*>/#),
              let kind = String(tag.0).firstMatch(of: #/data-kind="([a-z]+)"/#) else { return nil }
        return String(kind.1)
    }
}
