import Foundation
import TickmarkModel

/// Emit stage: statements.json bytes, deterministic (sorted keys, stable order), written
/// atomically so that a failed run leaves no partial file.
public enum StatementsJSON {
    public static let generator = "tickmark 0.4"

    /// The bytes `JSONEncoder` writes with sorted keys, pretty printing and unescaped slashes,
    /// written directly (see `JSONWriter`), then a final line break.
    public static func encode(_ file: StatementsFile) throws -> Data {
        var writer = JSONWriter(capacity: 1 << 20)
        writer.write(file)
        if let number = writer.nonFiniteNumber {
            throw EncodingError.invalidValue(number, EncodingError.Context(codingPath: [], debugDescription: "\(number) is not a JSON number"))
        }
        writer.endLine()
        return Data(writer.bytes)
    }

    public static func decode(_ data: Data) throws -> StatementsFile {
        try JSONDecoder().decode(StatementsFile.self, from: data)
    }

    /// Writes to a temporary file beside `path`, then renames it into place.
    /// - Throws: `IngestError.outputFailed`.
    public static func write(_ file: StatementsFile, to path: String) throws(IngestError) {
        let data: Data
        do { data = try encode(file) } catch {
            throw IngestError(.outputFailed, file: path, reason: "cannot encode JSON (\(error))")
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw IngestError(.outputFailed, file: path, reason: "cannot write output (\(error.localizedDescription))")
        }
    }
}
