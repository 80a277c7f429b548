import CorpusStore
import Foundation
import Testing
@testable import IngestPipeline

/// An XBRL instance's output depends on the schema and linkbases beside it: a re-run skips the
/// instance only when those companion files kept their bytes too.
@Suite struct CompanionSkipTests {
    private static let instance = "nwin-20241231.xml"
    private static let companions = ["nwin-20241231.xsd", "nwin-20241231_lab.xml", "nwin-20241231_pre.xml"]

    @Test func anInstanceWhoseLinkbaseChangedIsReadAgain() async throws {
        let corpus = TestPaths.scratch("companions.sqlite")
        let folder = URL(fileURLWithPath: corpus).deletingLastPathComponent()
        for name in [Self.instance] + Self.companions {
            try FileManager.default.copyItem(at: URL(fileURLWithPath: SampleFilings.path(name)), to: folder.appendingPathComponent(name))
        }
        let path = folder.appendingPathComponent(Self.instance).path
        let store = try SQLiteCorpus(path: corpus)
        let ingest = CorpusIngest(jobs: 1)
        #expect(try await ingest.run([path], into: store).added == 1)
        #expect(try await ingest.run([path], into: store).skipped == 1)

        let labels = folder.appendingPathComponent("nwin-20241231_lab.xml")
        try (Data(contentsOf: labels) + Data("<!-- labels revised -->\n".utf8)).write(to: labels)
        #expect(try await ingest.run([path], into: store).added == 1, "a changed label linkbase means the instance is read again")
        let stored = try #require(try store.currentCompanions(sha256: Intake.sha256(Data(contentsOf: URL(fileURLWithPath: path))),
                                                              generator: ingest.generator))
        #expect(stored.first { $0.file == "nwin-20241231_lab.xml" }?.sha256 == Intake.sha256(try Data(contentsOf: labels)))
        #expect(try await ingest.run([path], into: store).skipped == 1)
    }
}
