/// The character encoding of an HTML file, decided before libxml2 reads it (libxml2 reads an
/// undeclared HTML file as Latin-1, turning UTF-8 `—` into `â€”`): a byte order mark, then a
/// `<meta charset>` / `http-equiv` declaration or an XML declaration, then the bytes themselves
/// (valid UTF-8 is UTF-8, anything else Windows-1252).
enum HTMLEncoding {
    /// How much of the file is searched for a declaration.
    static let prescanLength = 4096

    /// The encoding name to hand libxml2 (an iconv name such as `UTF-8` or `windows-1252`).
    static func detect(_ bytes: [UInt8]) -> String {
        if let marked = byteOrderMark(bytes) { return marked }
        if let declared = declared(bytes) { return declared }
        return String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : "windows-1252"
    }

    private static func byteOrderMark(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        return nil
    }

    /// The first `charset=` inside a `<meta` tag, or the `encoding=` of a leading XML declaration.
    /// Latin-1 and ASCII labels mean Windows-1252, as browsers read them.
    private static func declared(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(prescanLength).map { $0 < 0x80 ? asciiLowercased($0) : 0x20 },
                          as: UTF8.self)
        var label: String?
        if head.hasPrefix("<?xml"), let end = head.range(of: "?>") {
            label = value(after: "encoding=", in: head[..<end.lowerBound])
        }
        var rest = head[...]
        while label == nil, let meta = rest.range(of: "<meta") {
            let tagEnd = rest[meta.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            label = value(after: "charset=", in: rest[meta.upperBound..<tagEnd])
            rest = rest[tagEnd...]
        }
        guard let label, !label.isEmpty else { return nil }
        return ["iso-8859-1", "latin1", "l1", "ascii", "us-ascii", "iso8859-1"].contains(label) ? "windows-1252" : label
    }

    /// The word after `key` (quotes and spaces skipped) up to a quote, space, `;`, `/` or the end.
    private static func value(after key: String, in text: Substring) -> String? {
        guard let found = text.range(of: key) else { return nil }
        let start = text[found.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        return String(start.prefix { !"\"'; /".contains($0) })
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
