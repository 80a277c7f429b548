import Foundation
import CLibXML2
import TickmarkModel

/// A filing parsed by libxml2 exactly as `MarkupExtractor` parses it, kept as libxml2's own tree
/// (freed in `deinit`) so that the source view can find a located element, mark it and write the
/// document out again. Element paths and text offsets count what `LibXML`'s copy keeps: elements
/// other than `script`/`style`, and text and CDATA runs.
final class LibXMLSourceTree {
    let document: xmlDocPtr

    private init(document: xmlDocPtr) { self.document = document }

    deinit { xmlFreeDoc(document) }

    /// HTML and old SGML text submissions: the forgiving HTML parse.
    static func html(_ bytes: [UInt8], file: String) throws(IngestError) -> LibXMLSourceTree {
        LibXMLSourceTree(document: try LibXML.readHTML(bytes, file: file))
    }

    /// Inline XBRL: XHTML when well-formed, else the HTML parser (as `MarkupExtractor` reads it).
    static func inline(_ bytes: [UInt8], file: String) throws(IngestError) -> LibXMLSourceTree {
        if let xml = try LibXML.readXML(bytes, file: file) { return LibXMLSourceTree(document: xml) }
        return try html(bytes, file: file)
    }

    /// An XBRL instance: the strict XML parse.
    static func xml(_ bytes: [UInt8], file: String) throws(IngestError) -> LibXMLSourceTree? {
        try LibXML.readXML(bytes, file: file).map(LibXMLSourceTree.init(document:))
    }

    var root: xmlNodePtr? { xmlDocGetRootElement(document) }

    // MARK: Reading nodes

    static func name(_ node: xmlNodePtr) -> String { String(cString: node.pointee.name) }

    /// The node as `MarkupNode` sees it (name, prefix, namespace, attributes), without children.
    static func markupNode(_ node: xmlNodePtr) -> MarkupNode {
        let ns = node.pointee.ns
        return MarkupNode(name: name(node), prefix: ns.flatMap { $0.pointee.prefix }.map { String(cString: $0) },
                          namespace: ns.flatMap { $0.pointee.href }.map { String(cString: $0) },
                          attributes: attributes(node))
    }

    /// Attributes with their prefixes (`xlink:href`) and text values, in document order.
    static func attributes(_ node: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let attr = attribute {
            attribute = attr.pointee.next
            let local = String(cString: attr.pointee.name)
            let prefix = attr.pointee.ns.flatMap { $0.pointee.prefix }.map { String(cString: $0) }
            result.append((prefix.map { "\($0):\(local)" } ?? local, attributeValue(attr)))
        }
        return result
    }

    static func attributeValue(_ attr: xmlAttrPtr) -> String {
        var value = ""
        var part = attr.pointee.children
        while let text = part {
            part = text.pointee.next
            if let content = text.pointee.content { value += String(cString: content) }
        }
        return value
    }

    /// Element children that `LibXML` copies (not `script`/`style`).
    static func contentElements(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            if current.pointee.type == XML_ELEMENT_NODE, !LibXML.isNeverContent(name(current)) { result.append(current) }
        }
        return result
    }

    /// Every content element in document order (iterative); stops when `body` returns false.
    func forEachElement(_ body: (xmlNodePtr) -> Bool) {
        guard let root, !LibXML.isNeverContent(Self.name(root)) else { return }
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            guard body(node) else { return }
            stack.append(contentsOf: Self.contentElements(of: node).reversed())
        }
    }

    /// Every text run of content in document order with its UTF-8 offset in the document's text
    /// (the concatenation of all runs: `MarkupNode.textContent` of the root); stops when `body` returns false.
    func forEachText(_ body: (xmlNodePtr, Int) -> Bool) {
        guard let root else { return }
        var offset = 0
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { continue }
                guard body(node, offset) else { return }
                offset += strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
            case XML_ELEMENT_NODE where !LibXML.isNeverContent(Self.name(node)):
                var children: [xmlNodePtr] = []
                var child = node.pointee.children
                while let current = child {
                    children.append(current)
                    child = current.pointee.next
                }
                stack.append(contentsOf: children.reversed())
            default:
                continue
            }
        }
    }
}
