import CLibXML2

/// Writing a `LibXMLSourceTree` out again: the whole document as UTF-8 HTML, or one element as
/// pretty-printed XML.
extension LibXMLSourceTree {
    /// `<!DOCTYPE html>` and the root element written by libxml2's HTML serializer (UTF-8, its
    /// internal encoding, left unconverted), with `<meta charset="utf-8">` first in `<head>`.
    func htmlDocument() -> String {
        guard let root else { return "<!DOCTYPE html>\n<meta charset=\"utf-8\">\n" }
        var prefix = "<!DOCTYPE html>\n"
        if let head = head(of: root) {
            let meta = xmlNewDocNode(document, nil, "meta", nil)
            xmlSetProp(meta, "charset", "utf-8")
            if let first = head.pointee.children { xmlAddPrevSibling(first, meta) } else { xmlAddChild(head, meta) }
        } else {
            prefix += "<meta charset=\"utf-8\">\n"
        }
        return prefix + dumped { buffer in htmlNodeDump(buffer, document, root) }
    }

    /// One element as indented XML (namespace prefixes as written, declarations on ancestors left out).
    func xmlText(_ node: xmlNodePtr) -> String {
        dumped { buffer in xmlNodeDump(buffer, document, node, 0, 1) }
    }

    /// The `<head>` of an `<html>` root, made when missing; nil for another root.
    private func head(of root: xmlNodePtr) -> xmlNodePtr? {
        guard Self.name(root).lowercased() == "html" else { return nil }
        if let head = Self.contentElements(of: root).first(where: { Self.name($0).lowercased() == "head" }) { return head }
        guard let head = xmlNewDocNode(document, nil, "head", nil) else { return nil }
        if let first = root.pointee.children { xmlAddPrevSibling(first, head) } else { xmlAddChild(root, head) }
        return head
    }

    private func dumped(_ write: (xmlBufferPtr) -> Int32) -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        guard write(buffer) >= 0, let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }
}
