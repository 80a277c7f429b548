import Foundation
import TestSupport

/// Where corpus tests write and which `ingest` they start.
enum TestPaths {
    /// A path in a new scratch folder of the temporary directory.
    static func scratch(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-corpus-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    /// The `ingest` executable built beside the test bundle; nil when it is not there.
    static var builtIngest: URL? { BuiltProducts.executable("ingest") }
}
