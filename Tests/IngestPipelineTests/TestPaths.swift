import Foundation

/// Where corpus tests write and which `ingest` they start.
enum TestPaths {
    /// A path in a new scratch folder of the temporary directory.
    static func scratch(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-corpus-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    /// The `ingest` executable SwiftPM built beside the test bundle (`swift test` builds every
    /// product into the same folder); nil when it is not there.
    static var builtIngest: URL? {
        let candidates = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap { $0 }
        return candidates.map { $0.deletingLastPathComponent().appendingPathComponent("ingest") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
