import CorpusStore
import Foundation
import Hummingbird
import HummingbirdTesting
import SampleCorpusSupport
import Serving

/// The sample corpus as `cite serve` opens it: a copy with one alias added (an old ID a rebuild
/// renamed), opened read-only, and a fresh page cache.
enum ServedCorpus {
    static let capex = "8ec908656146:cash_flow:cash-flows-from-investing-activities/purchases-of-property-plant-and-equipment@FY2024"
    static let renamedCapex = "8ec908656146:cash_flow:investing-activities/capital-expenditures@FY2024"

    private static let built = Task { () throws -> SQLiteCorpus in
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("corpus.sqlite").path
        try FileManager.default.copyItem(atPath: try await SampleCorpus.corpus().path, toPath: copy)
        try SQLiteCorpus(path: copy).writeAliases([(old: renamedCapex, new: capex, reason: "renamed by a rebuild (test)")])
        return try SQLiteCorpus(path: copy, readOnly: true)
    }

    /// Runs `body` against the application over the served corpus, through the router alone.
    static func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let corpus = try await built.value
        let app = try Server.application(corpus: corpus, cacheDirectory: URL(fileURLWithPath: corpus.path + ".pages"))
        try await app.test(.router, body)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json<T: Decodable>(_ type: T.Type) throws -> T { try JSONDecoder().decode(type, from: Data(text.utf8)) }
}

/// A path for an ID, as the pages link it.
func encoded(_ id: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~:@/")
    return id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id
}
