import CorpusStore
import Foundation
import IngestPipeline

/// A corpus of the committed sample filings (Northwind Instruments in PDF, HTML, inline XBRL and
/// XBRL, its first-quarter 10-Q, Northwind Sensors' stub periods), built once per test run, and
/// the sample task files; shared by the test targets that read a corpus.
public enum SampleCorpus {
    /// The package root: Tests/SampleCorpusSupport/SampleCorpus.swift, three levels up.
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    public static let filings = [
        "northwind-10k-2024.pdf", "northwind-10k-2024-html.htm", "northwind-10k-2024-ixbrl.htm", "nwin-20241231.xml",
        "northwind-10q-2025-q1-ligatures.pdf", "northwind-sensors-10k-2024-stub-periods.pdf",
        "northwind-sensors-10k-2024-stub-periods-ixbrl.htm",
    ]

    public static func sample(_ name: String) -> String { packageRoot.appendingPathComponent("SampleFilings/\(name)").path }

    public static var taskFolder: String { sample("tasks") }

    private static let built = Task { () throws -> SQLiteCorpus in
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-cite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let corpus = try SQLiteCorpus(path: folder.appendingPathComponent("corpus.sqlite").path)
        _ = try await CorpusIngest(jobs: 2).run(filings.map(sample), into: corpus)
        return corpus
    }

    public static func corpus() async throws -> SQLiteCorpus { try await built.value }
}
