/// A file read beside a document (an XBRL instance's schema and linkbases): its name and the
/// lowercase hex SHA-256 of its bytes.
public struct CompanionFile: Codable, Sendable, Hashable {
    public var file: String
    public var sha256: String

    public init(file: String, sha256: String) {
        self.file = file
        self.sha256 = sha256
    }
}

/// Lowercase hex text of digest bytes.
public enum HexDigest {
    public static func string(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
