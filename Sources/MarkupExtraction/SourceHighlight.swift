import Foundation
import CLibXML2

/// Finding the element or characters a `Locator` names in a `LibXMLSourceTree`, and marking it
/// with the id and class the source view scrolls to and draws.
extension LibXMLSourceTree {
    static let highlightID = "tm-value"

    /// The element an HTML element path names (`/html/body/div[3]/table[2]/tr[5]/td[4]`), with
    /// segments counted as `ElementPath` writes them.
    func element(atPath path: String) -> xmlNodePtr? {
        var segments = path.split(separator: "/").map(Self.segment)
        guard let root, !segments.isEmpty, ElementPath.segmentName(Self.markupNode(root)) == segments.removeFirst().name else {
            return nil
        }
        var node = root
        for segment in segments {
            let named = Self.contentElements(of: node).filter { ElementPath.segmentName(Self.markupNode($0)) == segment.name }
            guard segment.position >= 1, segment.position <= named.count else { return nil }
            node = named[segment.position - 1]
        }
        return node
    }

    /// `td[4]` → ("td", 4); `body` → ("body", 1).
    private static func segment(_ text: Substring) -> (name: String, position: Int) {
        guard text.hasSuffix("]"), let open = text.lastIndex(of: "["),
              let position = Int(text[text.index(after: open)..<text.index(before: text.endIndex)]) else { return (String(text), 1) }
        return (String(text[..<open]), position)
    }

    /// The inline XBRL fact element (`ix:nonFraction`, `ix:nonNumeric`) that `InlineXBRLReader`
    /// named `element`: the one with that `id`, or for an element without one (`us-gaap:Assets[3]`)
    /// the n-th fact of that concept in document order.
    func inlineFactElement(_ element: String) -> xmlNodePtr? {
        var found: xmlNodePtr?
        let ordinal = Self.segment(element[...])
        var seen = 0
        forEachElement { node in
            let markup = Self.markupNode(node)
            guard markup.isInline("nonfraction") || markup.isInline("nonnumeric"),
                  let concept = markup.attribute("name"), markup.attribute("contextRef") != nil else { return true }
            if let id = markup.attribute("id") {
                if id == element { found = node }
            } else if concept == ordinal.name {
                seen += 1
                if seen == ordinal.position, element.hasSuffix("]") { found = node }
            }
            return found == nil
        }
        return found
    }

    /// Wraps the characters at UTF-8 offsets `range` of the document's text (see `forEachText`)
    /// in a new `<mark>` element, when one text run holds them all.
    func markText(_ range: Range<Int>) -> xmlNodePtr? {
        var mark: xmlNodePtr?
        forEachText { node, offset in
            guard let content = node.pointee.content else { return true }
            let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
            guard range.lowerBound < offset + length else { return true }
            guard range.lowerBound >= offset, range.upperBound <= offset + length, !range.isEmpty else { return false }
            let bytes = Array(UnsafeBufferPointer(start: content, count: length))
            let start = range.lowerBound - offset, end = range.upperBound - offset
            guard let element = xmlNewDocNode(document, nil, "mark", nil) else { return false }
            xmlAddChild(element, Self.text(bytes[start..<end], in: document))
            let after = Self.text(bytes[end...], in: document)
            bytes[..<start].withUnsafeBufferPointer { xmlNodeSetContentLen(node, $0.baseAddress, Int32(start)) }
            xmlAddNextSibling(node, element)
            xmlAddNextSibling(element, after)
            mark = element
            return false
        }
        return mark
    }

    private static func text(_ bytes: ArraySlice<xmlChar>, in document: xmlDocPtr) -> xmlNodePtr? {
        bytes.withUnsafeBufferPointer { xmlNewDocTextLen(document, $0.baseAddress, Int32($0.count)) }
    }

    /// Gives `node` the highlight id and adds the highlight class to its classes.
    static func markAsHighlight(_ node: xmlNodePtr) {
        xmlSetProp(node, "id", highlightID)
        let classes = attributes(node).first { $0.name.lowercased() == "class" }?.value
        xmlSetProp(node, "class", classes.map { "\($0) \(highlightID)" } ?? highlightID)
    }
}
