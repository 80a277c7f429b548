import Foundation
import IngestPipeline
import TickmarkModel

/// The committed sample filings (`SampleFilings/`, made by `Scripts/make-samples.py`) and
/// their expected statements.json (`SampleFilings/expected/`).
enum SampleFilings {
    /// The package root: Tests/IngestPipelineTests/SampleFilings.swift, three levels up.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var root: URL { packageRoot.appendingPathComponent("SampleFilings") }

    static var expected: URL { root.appendingPathComponent("expected") }

    static let pdf = "northwind-10k-2024.pdf"

    /// The filings to ingest, sorted: every file of the folder except linkbases (`_pre.xml`,
    /// `_lab.xml`, …), which travel with their instance.
    static var names: [String] {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return all.filter { name in
            let isLinkbase = ["_pre.xml", "_lab.xml", "_cal.xml", "_def.xml", ".xsd"].contains { name.hasSuffix($0) }
            let isFiling = ["pdf", "htm", "html", "xml"].contains((name as NSString).pathExtension.lowercased())
            return isFiling && !isLinkbase
        }.sorted()
    }

    static func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    /// `SampleFilings/expected/<name without extension>.statements.json`.
    static func expectedPath(_ name: String) -> String {
        expected.appendingPathComponent((name as NSString).deletingPathExtension + ".statements.json").path
    }

    /// statements.json bytes for one sample, as `ingest --emit` writes them.
    static func statementsJSON(_ name: String) throws -> Data {
        let record = try Pipeline().run(path: path(name))
        return try StatementsJSON.encode(StatementsFile(generator: StatementsJSON.generator, documents: [record]))
    }
}
