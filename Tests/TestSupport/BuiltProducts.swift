import Foundation

/// The executables SwiftPM built beside the test bundle (`swift test` builds every product into
/// the same folder), for tests that start them as a user would.
public enum BuiltProducts {
    /// The built executable `name` (`ingest`, `cite`), or nil when it is not there.
    public static func executable(_ name: String) -> URL? {
        let candidates = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap { $0 }
        return candidates.map { $0.deletingLastPathComponent().appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
