import TickmarkModel

/// Bounds that keep hostile markup from eating the machine. libxml2's own limits stay on
/// (`XML_PARSE_HUGE` is never set); these are checked on top of them.
public struct MarkupLimits: Sendable {
    /// Largest markup file read, in bytes.
    public var maximumBytes: Int
    /// Deepest element nesting accepted.
    public var maximumDepth: Int
    /// Most DOM nodes accepted.
    public var maximumNodes: Int

    public init(maximumBytes: Int = 200 * 1024 * 1024, maximumDepth: Int = 512, maximumNodes: Int = 20_000_000) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumNodes = maximumNodes
    }

    /// Refuses what must never reach the parser: an over-size file, or entity declarations
    /// (XXE and entity-expansion bombs; filings never declare entities).
    func check(_ bytes: [UInt8], file: String) throws(IngestError) {
        guard bytes.count <= maximumBytes, bytes.count < Int(Int32.max) else {
            throw IngestError(.tooLarge, file: file,
                              reason: "markup is \(bytes.count) bytes; the limit is \(maximumBytes)")
        }
        if MarkupLimits.declaresEntities(bytes) {
            throw IngestError(.unsafeMarkup, file: file,
                              reason: "the document declares XML entities (<!ENTITY); refused to avoid external-entity and entity-expansion attacks")
        }
    }

    /// True when the bytes contain `<!ENTITY` in any letter case.
    static func declaresEntities(_ bytes: [UInt8]) -> Bool {
        let needle = Array("<!ENTITY".utf8)
        guard bytes.count >= needle.count else { return false }
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == 0x3C, bytes[i + 1] == 0x21 {
                var matched = true
                for k in 2..<needle.count where bytes[i + k] & 0xDF != needle[k] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            i += 1
        }
        return false
    }
}
