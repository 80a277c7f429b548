import Foundation
import TickmarkModel

/// The pipe protocol between `ingest` and its extraction workers: each message is a frame, a
/// 4-byte big-endian length then that many bytes. A request is the document's path (UTF-8); a
/// reply is one tag byte then the record as statements.json bytes (`0`) or the error as JSON (`1`).
enum WorkerFrame {
    /// Reads one frame; nil at the end of the stream (the other side closed or died).
    static func read(from handle: FileHandle) throws -> [UInt8]? {
        guard let header = try readExactly(4, from: handle) else { return nil }
        let length = header.reduce(0) { $0 << 8 | Int($1) }
        return try readExactly(length, from: handle)
    }

    static func write(_ payload: [UInt8], to handle: FileHandle) throws {
        let length = UInt32(payload.count)
        let header = [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
        try handle.write(contentsOf: header + payload)
    }

    private static func readExactly(_ count: Int, from handle: FileHandle) throws -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            guard let chunk = try handle.read(upToCount: count - bytes.count), !chunk.isEmpty else { return nil }
            bytes += chunk
        }
        return bytes
    }
}

/// A worker's answer for one document, as it crosses the pipe.
enum WorkerReply {
    private struct ErrorFields: Codable {
        var kind: String
        var file: String
        var reason: String
    }

    static func encode(_ result: Result<DocumentRecord, IngestError>) throws -> [UInt8] {
        switch result {
        case .success(let record):
            return [0] + [UInt8](try StatementsJSON.encode(StatementsFile(generator: StatementsJSON.generator, documents: [record])))
        case .failure(let error):
            return [1] + [UInt8](try JSONEncoder().encode(ErrorFields(kind: error.kind.rawValue, file: error.file, reason: error.reason)))
        }
    }

    /// - Throws: when the bytes are no reply (a worker that wrote something else is treated as crashed).
    static func decode(_ bytes: [UInt8]) throws -> Result<DocumentRecord, IngestError> {
        guard let tag = bytes.first else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "empty reply")) }
        let body = Data(bytes.dropFirst())
        if tag == 0, let record = try StatementsJSON.decode(body).documents.first { return .success(record) }
        let fields = try JSONDecoder().decode(ErrorFields.self, from: body)
        guard let kind = IngestError.Kind(rawValue: fields.kind) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown error kind \(fields.kind)"))
        }
        return .failure(IngestError(kind, file: fields.file, reason: fields.reason))
    }
}
