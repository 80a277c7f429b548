import CLibXML2

/// Finding a fact, its context and its unit among the children of an XBRL instance's root, as
/// `XBRLInstanceReader` reads them.
extension LibXMLSourceTree {
    /// The fact element with this `id`, or for `concept[n]` the n-th fact of that concept
    /// (facts being the root's children with a `contextRef`).
    func instanceFact(_ element: String) -> xmlNodePtr? {
        guard let root else { return nil }
        var seen: [String: Int] = [:]
        for node in Self.contentElements(of: root) where Self.attributeNamed("contextRef", of: node) != nil {
            let markup = Self.markupNode(node)
            if markup.attribute("id") == element { return node }
            seen[markup.qualifiedName, default: 0] += 1
            if markup.attribute("id") == nil, "\(markup.qualifiedName)[\(seen[markup.qualifiedName] ?? 0)]" == element { return node }
        }
        return nil
    }

    /// The root child (`xbrli:context`, `xbrli:unit`) with this `id`.
    func instanceChild(id: String) -> xmlNodePtr? {
        guard let root else { return nil }
        return Self.contentElements(of: root).first { Self.attributeNamed("id", of: $0) == id }
    }

    /// An attribute's value by name, ignoring letter case and prefix.
    static func attributeNamed(_ name: String, of node: xmlNodePtr) -> String? {
        markupNode(node).attribute(name)
    }
}
