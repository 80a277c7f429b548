import Crypto
import Foundation
import TickmarkModel

/// Intake stage: reads a file's bytes, digests them and sniffs their format.
public struct Intake: Sendable {
    /// Files larger than this are refused before they are read.
    public var maximumBytes: Int

    public init(maximumBytes: Int = 512 * 1024 * 1024) {
        self.maximumBytes = maximumBytes
    }

    /// - Throws: `IngestError` `.notFound`, `.unreadable`, `.tooLarge`, `.empty` or `.unsupportedFormat`.
    public func read(path: String) throws(IngestError) -> SourceFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IngestError(.notFound, file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw IngestError(.unreadable, file: path, reason: "is a directory, not a file")
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumBytes {
            throw IngestError(.tooLarge, file: path, reason: "file is \(size) bytes; the limit is \(maximumBytes)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw IngestError(.unreadable, file: path, reason: "cannot read the file (\(error.localizedDescription))")
        }
        return try make(path: path, bytes: [UInt8](data))
    }

    /// Intake for bytes already in memory.
    public func make(path: String, bytes: [UInt8]) throws(IngestError) -> SourceFile {
        guard !bytes.isEmpty else { throw IngestError(.empty, file: path, reason: "file is empty") }
        guard let format = FormatSniffer.sniff(bytes) else {
            throw IngestError(.unsupportedFormat, file: path,
                              reason: "not a PDF, HTML, inline XBRL or XBRL instance (unrecognised content)")
        }
        return SourceFile(path: path, bytes: bytes, sha256: Self.sha256(bytes), format: format)
    }

    /// Lowercase hex SHA-256 of `bytes`.
    public static func sha256(_ bytes: some DataProtocol) -> String { HexDigest.string(SHA256.hash(data: bytes)) }
}
