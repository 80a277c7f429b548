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
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// The package root: Tests/TestSupport/SharedCorpus.swift, three levels up.
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    public static var filings: URL { root.appendingPathComponent("filings") }

    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: filings.appendingPathComponent("MANIFEST.tsv").path)
    }

    /// Path of a corpus file, e.g. `pdf/MMM_10K_2018.pdf`.
    public static func path(_ relative: String) -> String { filings.appendingPathComponent(relative).path }
}
