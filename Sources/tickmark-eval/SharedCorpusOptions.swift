import ArgumentParser
import Foundation

/// Where the shared corpus lives: `--shared`, else `$TICKMARK_SHARED`, else `../shared`
/// (the scripts run from the package root).
struct SharedCorpusOptions: ParsableArguments {
    @Option(name: .long, help: "Folder holding filings/ and gold/ (default: $TICKMARK_SHARED or ../shared).")
    var shared: String?

    var root: URL {
        if let shared { return URL(fileURLWithPath: shared) }
        if let env = ProcessInfo.processInfo.environment["TICKMARK_SHARED"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        return URL(fileURLWithPath: "../shared")
    }

    var filings: URL { root.appendingPathComponent("filings") }

    /// Fails with a clear message when the filings folder is missing.
    func requireFilings() throws {
        let manifest = filings.appendingPathComponent("MANIFEST.tsv").path
        guard FileManager.default.fileExists(atPath: manifest) else {
            throw ValidationError("shared corpus not found: \(manifest) is missing (use --shared or $TICKMARK_SHARED)")
        }
    }
}

/// Progress and notes for humans go to stderr; results go to stdout.
enum Console {
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
