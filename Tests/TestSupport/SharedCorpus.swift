import Foundation

/// The real filings in `../shared` beside the repository (or `$TICKMARK_SHARED`), read in place.
///
/// When they are missing the suites that read them are disabled; `Scripts/test` says so, and CI
/// (`TICKMARK_REQUIRE_SHARED=1`) fails instead.
public enum SharedCorpus {
    public static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["TICKMARK_SHARED"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        // Tests/TestSupport/SharedCorpus.swift → package root → ../shared
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared")
    }()

    public static var filings: URL { root.appendingPathComponent("filings") }

    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: filings.appendingPathComponent("MANIFEST.tsv").path)
    }

    /// Path of a corpus file, e.g. `pdf/MMM_10K_2018.pdf`.
    public static func path(_ relative: String) -> String { filings.appendingPathComponent(relative).path }
}
