import Foundation
import Testing

/// The real filings in `../shared` beside the repository (or `$TICKMARK_SHARED`), read in place.
///
/// When they are missing the suite is disabled; `Scripts/test` says so, and CI
/// (`TICKMARK_REQUIRE_SHARED=1`) fails instead.
enum SharedCorpus {
    static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["TICKMARK_SHARED"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        // Tests/RealFilingsTests/SharedCorpus.swift → package root → ../shared
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared")
    }()

    static var filings: URL { root.appendingPathComponent("filings") }

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: filings.appendingPathComponent("MANIFEST.tsv").path)
    }

    /// Path of a corpus file, e.g. `pdf/MMM_10K_2018.pdf`.
    static func path(_ relative: String) -> String { filings.appendingPathComponent(relative).path }
}

/// Fails loudly when CI requires the corpus and it is missing: never a silent skip there.
@Suite struct SharedCorpusPresence {
    @Test func corpusIsPresentWhenRequired() {
        let required = ProcessInfo.processInfo.environment["TICKMARK_REQUIRE_SHARED"] == "1"
        if required {
            #expect(SharedCorpus.isAvailable, "TICKMARK_REQUIRE_SHARED=1 but \(SharedCorpus.filings.path) has no MANIFEST.tsv")
        }
    }
}
