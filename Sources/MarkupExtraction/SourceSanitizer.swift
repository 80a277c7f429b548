import Foundation
import CLibXML2

/// Makes a filing's libxml2 tree safe to show in a browser: nothing that runs (scripts,
/// event-handler attributes, `javascript:` links, plugins, frames, forms) and nothing that
/// loads from elsewhere (external or relative `src`/`href`/`srcset`, `<link>`, `<base>`, `<meta>`,
/// CSS `url()` and `@import`). Kept: the text, the layout markup, in-page `#` links, `data:`
/// images of raster formats. Filings are untrusted; the server adds a strict Content-Security-Policy.
enum SourceSanitizer {
    /// Elements removed with everything inside them (none holds filing text).
    static let removedElements: Set<String> = ["script", "link", "base", "meta", "param", "source", "track", "template"]
    /// Elements that embed, frame, submit or draw, made plain `div`s without attributes: libxml2
    /// nests all that follows an unclosed one (`<embed>` is not void to it) inside it, so their
    /// content is kept.
    static let neutralizedElements: Set<String> = [
        "iframe", "frame", "frameset", "object", "embed", "applet", "audio", "video", "svg", "math", "portal", "noscript", "form",
    ]
    /// Attributes that load, submit or point somewhere, removed wherever they occur.
    private static let removedAttributes: Set<String> = [
        "srcset", "action", "formaction", "background", "poster", "codebase", "data", "classid", "archive",
        "longdesc", "usemap", "lowsrc", "dynsrc", "ping", "manifest", "profile", "cite", "http-equiv", "base",
    ]
    /// `data:` images allowed as `<img src>` (raster formats only: an SVG image is a document).
    private static let allowedImagePrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/jpg", "data:image/webp"]

    /// Sanitizes the whole tree in place.
    static func sanitize(_ tree: LibXMLSourceTree) {
        guard let root = tree.root else { return }
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            var child = node.pointee.children
            while let current = child {
                child = current.pointee.next
                switch current.pointee.type {
                case XML_ELEMENT_NODE:
                    if keep(current) { stack.append(current) } else { remove(current) }
                case XML_COMMENT_NODE, XML_PI_NODE:
                    remove(current)
                default:
                    continue
                }
            }
        }
        cleanAttributes(root)
    }

    /// Cleans an element's attributes and tells whether it stays (false: remove it).
    private static func keep(_ node: xmlNodePtr) -> Bool {
        let name = localName(LibXMLSourceTree.name(node))
        if removedElements.contains(name) { return false }
        if name == "style" { return sanitizeStyleSheet(node) }
        if neutralizedElements.contains(name) {
            xmlNodeSetName(node, "div")
            while let attribute = node.pointee.properties { xmlRemoveProp(attribute) }
            return true
        }
        cleanAttributes(node)
        return true
    }

    private static func cleanAttributes(_ node: xmlNodePtr) {
        let element = localName(LibXMLSourceTree.name(node))
        var doomed: [xmlAttrPtr] = []
        var attribute = node.pointee.properties
        while let attr = attribute {
            attribute = attr.pointee.next
            let name = localName(String(cString: attr.pointee.name))
            let value = LibXMLSourceTree.attributeValue(attr)
            if let replacement = cleaned(attribute: name, value: value, element: element) {
                if replacement != value { xmlSetProp(node, attr.pointee.name, replacement) }
            } else {
                doomed.append(attr)
            }
        }
        doomed.forEach { xmlRemoveProp($0) }
    }

    /// The attribute's safe value, or nil to remove it.
    static func cleaned(attribute name: String, value: String, element: String) -> String? {
        let trimmed = value.trimmingPrefix { $0.isWhitespace || $0.isNewline }.lowercased()
        switch name {
        case _ where name.hasPrefix("on"), _ where removedAttributes.contains(name): return nil
        case "href": return trimmed.hasPrefix("#") ? value : nil
        case "src": return element == "img" && allowedImagePrefixes.contains(where: trimmed.hasPrefix) ? value : nil
        case "style": return SafeCSS.neutralized(value)
        case "id": return value.lowercased() == LibXMLSourceTree.highlightID ? nil : value
        default: return value
        }
    }

    /// A `<style>` element keeps its rules without loads; one it cannot vouch for goes.
    private static func sanitizeStyleSheet(_ node: xmlNodePtr) -> Bool {
        guard let content = xmlNodeGetContent(node) else { return true }
        let css = String(cString: content)
        tickmark_xml_free(content)
        guard let safe = SafeCSS.neutralized(css) else { return false }
        guard safe != css else { return true }
        while let child = node.pointee.children { remove(child) }
        xmlAddChild(node, xmlNewDocText(node.pointee.doc, safe))
        return true
    }

    private static func remove(_ node: xmlNodePtr) {
        xmlUnlinkNode(node)
        xmlFreeNode(node)
    }

    /// `ix:header` → `header`; names compared lower-cased.
    private static func localName(_ name: String) -> String {
        let lower = name.lowercased()
        return lower.split(separator: ":").last.map(String.init) ?? lower
    }
}

/// CSS made load-free: every `url(…)` becomes `none`; text with anything that could load or run
/// in ways not worth parsing CSS for (`@import`, `expression(`, escapes, markup) is refused.
enum SafeCSS {
    private static let refused = ["@import", "expression(", "javascript:", "behavior", "-moz-binding", "image-set(", "\\", "<"]

    /// The CSS without loads, or nil when it cannot be made safe.
    static func neutralized(_ css: String) -> String? {
        let lower = css.lowercased()
        if refused.contains(where: lower.contains) { return nil }
        guard lower.contains("url(") else { return css }
        var out = ""
        var rest = css[...]
        while let start = rest.range(of: "url(", options: .caseInsensitive) {
            guard let end = rest[start.upperBound...].firstIndex(of: ")") else { return nil }
            out += rest[..<start.lowerBound] + "none"
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}
