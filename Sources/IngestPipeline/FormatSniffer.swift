import TickmarkModel

/// Tells a file's format from its first bytes, never from its name.
public enum FormatSniffer {
    /// How much of the file is looked at for markup signatures.
    static let markupWindow = 64 * 1024

    /// - Returns: nil when the bytes are none of the formats Tickmark reads.
    public static func sniff(_ bytes: [UInt8]) -> FileFormat? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        // A PDF may have junk before its header (the spec allows up to 1,024 bytes).
        if let range = firstRange(of: Array("%PDF-".utf8), in: bytes.prefix(1024)), range >= 0 { return .pdf }

        let head = String(decoding: bytes.prefix(markupWindow), as: UTF8.self).lowercased()
        guard head.contains("<") else { return nil }
        if head.contains("<ix:header") || head.contains("inlinexbrl") || head.contains("xmlns:ix=") { return .ixbrl }
        if head.contains("<xbrli:xbrl") || head.range(of: #"<xbrl[\s>]"#, options: .regularExpression) != nil { return .xbrl }
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
            || head.contains("<table") || head.contains("<document>") || head.contains("<pre") { return .html }
        return nil
    }

    /// True for the files an XBRL filing carries beside its instance (linkbases, taxonomy
    /// schemas): not documents themselves, so a folder ingest skips them with a note.
    public static func isXBRLCompanion(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(markupWindow), as: UTF8.self).lowercased()
        guard sniff(bytes) == nil else { return false }
        return head.range(of: #"<(link:)?linkbase[\s>]"#, options: .regularExpression) != nil
            || head.range(of: #"<(xsd?:)?schema[\s>]"#, options: .regularExpression) != nil
    }

    private static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        let base = haystack.startIndex
        for i in 0...(haystack.count - needle.count) where haystack[base + i] == needle[0] {
            if Array(haystack[(base + i)..<(base + i + needle.count)]) == needle { return i }
        }
        return nil
    }
}
