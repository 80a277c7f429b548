/// One input file after intake: its bytes, their digest and the format sniffed from them.
public struct SourceFile: Sendable {
    /// The path as the user gave it (printed in errors and in `file`).
    public var path: String
    public var bytes: [UInt8]
    /// Lowercase hex SHA-256 of `bytes`.
    public var sha256: String
    public var format: FileFormat

    public init(path: String, bytes: [UInt8], sha256: String, format: FileFormat) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
        self.format = format
    }

    /// The file name without folders, as emitted in `file`.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
