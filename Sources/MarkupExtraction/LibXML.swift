import CLibXML2
import TickmarkModel

/// Parses bytes with libxml2 and copies the DOM into `MarkupNode`s, freeing every libxml2 object
/// before returning. The source view (`SourceView`) reads the same parse as a libxml2 tree.
enum LibXML {
    /// `xmlInitParser` once per process; `xmlCleanupParser` is never called (shared global state).
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Strict XML parse (no network, no DTD loading, no entity substitution).
    /// - Returns: nil when the bytes are not well-formed XML.
    /// - Throws: `.unsafeMarkup` when libxml2 stopped on one of its safety limits, or the tree is too deep/big.
    static func parseXML(_ bytes: [UInt8], file: String, limits: MarkupLimits) throws(IngestError) -> MarkupNode? {
        guard let document = try readXML(bytes, file: file) else { return nil }
        defer { xmlFreeDoc(document) }
        return try copyTree(xmlDocGetRootElement(document), file: file, limits: limits)
    }

    /// The libxml2 document of a strict XML parse (see `parseXML`); the caller frees it with `xmlFreeDoc`.
    static func readXML(_ bytes: [UInt8], file: String) throws(IngestError) -> xmlDocPtr? {
        _ = initialized
        guard let context = xmlNewParserCtxt() else {
            throw IngestError(.damaged, file: file, reason: "libxml2 could not allocate a parser")
        }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, nil, options)
                }
            } ?? nil
        }
        guard let document else {
            let error = context.pointee.lastError
            let message = error.message.map { String(cString: $0) } ?? ""
            // Undefined entities (`&nbsp;` in XHTML) are mere well-formedness errors: the caller
            // may fall back to the HTML parser. Only libxml2's own safety stops are refusals.
            let lower = message.lowercased()
            if error.code == XML_ERR_ENTITY_LOOP.rawValue || lower.contains("excessive depth")
                || lower.contains("amplification") || lower.contains("xml_parse_huge") {
                throw IngestError(.unsafeMarkup, file: file,
                                  reason: "libxml2 stopped on a safety limit: \(message.foldedWhitespace)")
            }
            return nil
        }
        return document
    }

    /// Forgiving HTML parse (no network, errors recovered), in the encoding `HTMLEncoding` detects.
    /// - Throws: `.unsafeMarkup` when libxml2 stopped on its depth limit, `.damaged` when nothing parsed.
    static func parseHTML(_ bytes: [UInt8], file: String, limits: MarkupLimits) throws(IngestError) -> MarkupNode {
        let document = try readHTML(bytes, file: file)
        defer { xmlFreeDoc(document) }
        guard let root = try copyTree(xmlDocGetRootElement(document), file: file, limits: limits) else {
            throw IngestError(.damaged, file: file, reason: "the HTML has no root element")
        }
        return root
    }

    /// The libxml2 document of a forgiving HTML parse (see `parseHTML`); the caller frees it with `xmlFreeDoc`.
    static func readHTML(_ bytes: [UInt8], file: String) throws(IngestError) -> xmlDocPtr {
        _ = initialized
        guard let context = htmlNewParserCtxt() else {
            throw IngestError(.damaged, file: file, reason: "libxml2 could not allocate a parser")
        }
        defer { htmlFreeParserCtxt(context) }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue)
        let encoding = HTMLEncoding.detect(bytes)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, encoding, options)
                }
            } ?? nil
        }
        guard let document else {
            throw IngestError(.damaged, file: file, reason: "libxml2 could not parse the HTML")
        }
        let message = context.pointee.lastError.message.map { String(cString: $0) } ?? ""
        if message.lowercased().contains("excessive depth") {
            xmlFreeDoc(document)
            throw IngestError(.unsafeMarkup, file: file, reason: "libxml2 stopped on a safety limit: \(message.foldedWhitespace)")
        }
        return document
    }

    /// Copies the element tree below `root` without recursion, refusing over-deep or over-big trees.
    private static func copyTree(_ root: xmlNodePtr?, file: String, limits: MarkupLimits) throws(IngestError) -> MarkupNode? {
        var names: NameCache = [:]
        guard let root, let top = element(root, names: &names) else { return nil }
        var stack: [(source: xmlNodePtr, copy: MarkupNode, depth: Int)] = [(root, top, 1)]
        var nodeCount = 1
        while let (source, copy, depth) = stack.popLast() {
            if depth > limits.maximumDepth {
                throw IngestError(.unsafeMarkup, file: file,
                                  reason: "elements nest deeper than \(limits.maximumDepth) levels")
            }
            var child = source.pointee.children
            var pending: [(source: xmlNodePtr, copy: MarkupNode, depth: Int)] = []
            while let node = child {
                child = node.pointee.next
                nodeCount += 1
                switch node.pointee.type {
                case XML_ELEMENT_NODE:
                    guard let copied = element(node, names: &names) else { continue }
                    copy.children.append(copied)
                    pending.append((node, copied, depth + 1))
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content { copy.children.append(MarkupNode(text: String(cString: content))) }
                default:
                    continue // comments, processing instructions, entity references (never expanded)
                }
            }
            if nodeCount > limits.maximumNodes {
                throw IngestError(.unsafeMarkup, file: file, reason: "more than \(limits.maximumNodes) markup nodes")
            }
            stack.append(contentsOf: pending.reversed())
        }
        return top
    }

    /// Decoded names, prefixes and namespace URIs, keyed by libxml2's pointers to them, which are
    /// interned or shared by every element of a namespace (one dictionary per document).
    private typealias NameCache = [UnsafeRawPointer: String]

    /// One element's name, namespace and attributes; nil for `script`/`style` (never content).
    private static func element(_ node: xmlNodePtr, names: inout NameCache) -> MarkupNode? {
        let name = decoded(node.pointee.name, &names)
        if isNeverContent(name) { return nil }
        let ns = node.pointee.ns
        let prefix = ns.flatMap { $0.pointee.prefix }.map { decoded($0, &names) }
        let uri = ns.flatMap { $0.pointee.href }.map { decoded($0, &names) }
        var attributes: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let attr = attribute {
            attribute = attr.pointee.next
            let local = decoded(attr.pointee.name, &names)
            let attrPrefix = attr.pointee.ns.flatMap { $0.pointee.prefix }.map { decoded($0, &names) }
            var value = ""
            var part = attr.pointee.children
            while let text = part {
                part = text.pointee.next
                if let content = text.pointee.content { value += String(cString: content) }
            }
            attributes.append((attrPrefix.map { "\($0):\(local)" } ?? local, value))
        }
        return MarkupNode(name: name, prefix: prefix, namespace: uri, attributes: attributes)
    }

    /// `script` and `style`: never content, left out of the copy (and of element paths).
    static func isNeverContent(_ name: String) -> Bool {
        MarkupNode.equalIgnoringASCIICase(name, "script") || MarkupNode.equalIgnoringASCIICase(name, "style")
    }

    private static func decoded(_ name: UnsafePointer<xmlChar>, _ names: inout NameCache) -> String {
        let key = UnsafeRawPointer(name)
        if let known = names[key] { return known }
        let text = String(cString: name)
        names[key] = text
        return text
    }
}
