import Foundation
import TickmarkModel

/// Emit stage: statements.json bytes, deterministic (sorted keys, stable order), written
/// atomically so that a failed run leaves no partial file.
public enum StatementsJSON {
    public static let generator = "tickmark 0.1"

    public static func encode(_ file: StatementsFile) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(file)
        data.append(0x0A)
        return data
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
