/// A DOM element or text run copied out of libxml2, so that no C pointer leaves `LibXML`.
///
/// Names are kept as written (`nonFraction`) with a lower-cased copy for matching, because the
/// HTML parser lower-cases tag names and keeps prefixes in the name (`ix:nonfraction`).
final class MarkupNode {
    /// Local name as written (`nonFraction`, `td`); empty for text.
    let name: String
    /// Lower-cased local name, for matching.
    let lowerName: String
    /// Namespace prefix as written (`ix`, `us-gaap`), or nil.
    let prefix: String?
    /// Namespace URI (XML parser only).
    let namespace: String?
    /// Attributes in document order; names carry their prefix (`xlink:href`).
    let attributes: [(name: String, value: String)]
    /// Character data of a text node; nil for elements.
    let text: String?
    /// `style="display:none"`: not printed content.
    let isHidden: Bool
    /// Rendered text breaks around this element (`p`, `div`, `td`, `br` …).
    let breaksText: Bool
    var children: [MarkupNode] = []

    init(name: String, prefix: String?, namespace: String?, attributes: [(name: String, value: String)]) {
        let (localPrefix, local) = MarkupNode.split(name, prefix: prefix)
        self.name = local
        self.lowerName = local.utf8.contains { $0 >= 0x41 && $0 <= 0x5A } ? local.lowercased() : local
        self.prefix = localPrefix
        self.namespace = namespace
        self.attributes = attributes
        self.text = nil
        self.isHidden = attributes.contains {
            MarkupNode.equalIgnoringASCIICase($0.name, "style") && MarkupNode.style($0.value, declares: "display:none")
        }
        self.breaksText = MarkupNode.breakingElements.contains(lowerName)
    }

    init(text: String) {
        self.name = ""
        self.lowerName = ""
        self.prefix = nil
        self.namespace = nil
        self.attributes = []
        self.text = text
        self.isHidden = false
        self.breaksText = false
    }

    var isElement: Bool { text == nil }

    /// `prefix:name`, or the bare name.
    var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }

    /// The value of attribute `name`, compared without case (the HTML parser lower-cases).
    func attribute(_ name: String) -> String? {
        if let exact = attributes.first(where: { $0.name == name }) { return exact.value }
        return attributes.first { MarkupNode.equalIgnoringASCIICase($0.name, name) }?.value
    }

    /// ASCII case-insensitive equality without allocating.
    static func equalIgnoringASCIICase(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8) { x, y in
            (x >= 0x41 && x <= 0x5A ? x + 0x20 : x) == (y >= 0x41 && y <= 0x5A ? y + 0x20 : y)
        }
    }

    /// An element of the inline XBRL namespace (`ix:`) with this lower-cased local name. The
    /// HTML parser drops the prefix (`<ix:nonFraction>` → `nonfraction`, no namespace), so an
    /// unprefixed, namespace-less element of that name counts too, except `header`, which is
    /// also an HTML element (an HTML-parsed `ix:header` sits in a hidden `div` anyway).
    func isInline(_ lowerLocal: String) -> Bool {
        guard lowerName == lowerLocal else { return false }
        if prefix?.lowercased() == "ix" || namespace?.contains("inlineXBRL") == true { return true }
        return prefix == nil && namespace == nil && lowerLocal != "header"
    }

    /// Child elements, in order.
    var elementChildren: [MarkupNode] { children.filter(\.isElement) }

    /// All descendant text, concatenated in document order (iterative: depth is unbounded here).
    var textContent: String {
        var out = ""
        var stack: [MarkupNode] = [self]
        while let node = stack.popLast() {
            if let text = node.text { out += text } else { stack.append(contentsOf: node.children.reversed()) }
        }
        return out
    }

    /// Splits an HTML-parser name like `ix:nonfraction` into prefix and local name.
    private static func split(_ name: String, prefix: String?) -> (String?, String) {
        guard prefix == nil, let colon = name.firstIndex(of: ":") else { return (prefix, name) }
        return (String(name[..<colon]), String(name[name.index(after: colon)...]))
    }
}

extension StringProtocol {
    /// Whitespace (including no-break and other Unicode spaces) folded to single spaces and trimmed.
    var foldedWhitespace: String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        let bytes = Array(utf8)
        var i = 0
        while i < bytes.count {
            let width = MarkupNode.spaceWidth(bytes, at: i)
            if width > 0 {
                pendingSpace = !out.isEmpty
                i += width
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension MarkupNode {
    /// True when `text` holds nothing but spaces (as `foldedWhitespace` counts them).
    static func isBlank(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let width = spaceWidth(bytes, at: i)
            if width == 0 { return false }
            i += width
        }
        return true
    }

    /// The UTF-8 length of the space character at `i` (ASCII whitespace, U+00A0, U+2000–U+200B,
    /// U+2028/2029, U+202F, U+205F, U+3000), or 0 when there is none.
    static func spaceWidth(_ bytes: [UInt8], at i: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        guard i + 2 < bytes.count else { return 0 }
        let (b1, b2) = (bytes[i + 1], bytes[i + 2])
        if b == 0xE2, b1 == 0x80, (0x80...0x8B).contains(b2) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF { return 3 }
        if b == 0xE2, b1 == 0x81, b2 == 0x9F { return 3 }
        if b == 0xE3, b1 == 0x80, b2 == 0x80 { return 3 }
        return 0
    }
}

extension MarkupNode {
    /// Visits every element below and including this one in document order (iterative).
    func forEachElement(_ body: (MarkupNode) -> Void) {
        guard isElement else { return }
        var stack: [MarkupNode] = [self]
        while let node = stack.popLast() {
            body(node)
            // Only elements go on the stack: text runs are about half the nodes.
            for child in node.children.reversed() where child.isElement { stack.append(child) }
        }
    }

    /// The first descendant element with this lower-cased local name.
    func firstDescendant(_ lowerLocal: String) -> MarkupNode? {
        var found: MarkupNode?
        var stack: [MarkupNode] = [self]
        while found == nil, let node = stack.popLast() {
            guard node.isElement else { continue }
            if node !== self, node.lowerName == lowerLocal { found = node }
            stack.append(contentsOf: node.children.reversed())
        }
        return found
    }
}

extension MarkupNode {
    /// Elements after which rendered text breaks.
    static let breakingElements: Set<String> = [
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "center", "blockquote", "pre",
        "ul", "ol", "dl", "dt", "dd", "hr", "section", "article", "address", "table", "td", "th", "caption",
    ]

    /// True when a CSS style string contains `declaration` (lower-case, no spaces), ignoring
    /// spaces and letter case (ASCII scan, no allocation).
    static func style(_ style: String, declares declaration: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: declaration.utf8Start, count: declaration.utf8CodeUnitCount)
        guard !needle.isEmpty else { return false }
        var matched = 0
        for byte in style.utf8 where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if lower == needle[matched] {
                matched += 1
                if matched == needle.count { return true }
            } else {
                matched = lower == needle[0] ? 1 : 0
            }
        }
        return false
    }

    /// True when some text below this node prints something other than spaces.
    var hasVisibleText: Bool {
        var stack: [MarkupNode] = [self]
        while let node = stack.popLast() {
            if let text = node.text {
                if !MarkupNode.isBlank(text) { return true }
            } else if !node.isHidden {
                stack.append(contentsOf: node.children)
            }
        }
        return false
    }

    /// Text as a reader sees it: hidden content and `ix:header`/`ix:exclude` left out, breaks
    /// between block elements, whitespace not yet folded.
    var renderedText: String {
        var out = ""
        var stack: [MarkupNode] = [self]
        while let node = stack.popLast() {
            if let text = node.text {
                out += text
            } else if !node.isHidden, !node.isInline("header"), !node.isInline("exclude") {
                if node.breaksText { out += " " }
                stack.append(contentsOf: node.children.reversed())
            }
        }
        return out
    }
}
