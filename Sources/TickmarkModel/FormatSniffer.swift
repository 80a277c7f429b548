
/// Tells a file's format from its first bytes, never from its name.
public enum FormatSniffer {
    /// How much of the file is looked at for markup signatures.
    static let markupWindow = 64 * 1024

    /// - Returns: nil when the bytes are none of the formats Tickmark reads.
    public static func sniff(_ bytes: [UInt8]) -> FileFormat? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        // A PDF may have junk before its header (the spec allows up to 1,024 bytes).
        if occurs("%PDF-", in: Array(bytes.prefix(1024))) { return .pdf }

        let head = lowercasedHead(bytes)
        guard head.contains(UInt8(ascii: "<")) else { return nil }
        if ["<ix:header", "inlinexbrl", "xmlns:ix="].contains(where: { occurs($0, in: head) }) { return .ixbrl }
        if occurs("<xbrli:xbrl", in: head) || opensElement("xbrl", in: head) { return .xbrl }
        if ["<html", "<!doctype html", "<body", "<table", "<document>", "<pre"].contains(where: { occurs($0, in: head) }) {
            return .html
        }
        return nil
    }

    /// True for the files an XBRL filing carries beside its instance (linkbases, taxonomy
    /// schemas): not documents themselves, so a folder ingest skips them with a note.
    public static func isXBRLCompanion(_ bytes: [UInt8]) -> Bool {
        guard sniff(bytes) == nil else { return false }
        let head = lowercasedHead(bytes)
        return ["linkbase", "link:linkbase", "schema", "xs:schema", "xsd:schema"].contains { opensElement($0, in: head) }
    }

    /// The markup window with ASCII letters lowercased; the signatures are all ASCII.
    private static func lowercasedHead(_ bytes: [UInt8]) -> [UInt8] {
        bytes.prefix(markupWindow).map { (65...90).contains($0) ? $0 | 0x20 : $0 }
    }

    private static func occurs(_ text: String, in bytes: [UInt8]) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { needle in
            bytes.withUnsafeBufferPointer { TextSearch.offset(of: needle, in: $0) != nil }
        }
    }

    /// Whether `<name` occurs followed by white space or `>`: the element itself, not a longer name.
    private static func opensElement(_ name: String, in bytes: [UInt8]) -> Bool {
        let tag = Array(("<" + name).utf8)
        var rest = bytes[...]
        while let offset = rest.withUnsafeBufferPointer({ buffer in
            tag.withUnsafeBufferPointer { TextSearch.offset(of: $0, in: buffer) }
        }) {
            let after = rest.startIndex + offset + tag.count
            guard after < rest.endIndex else { return false }
            if [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, UInt8(ascii: ">")].contains(rest[after]) { return true }
            rest = rest[after...]
        }
        return false
    }
}
