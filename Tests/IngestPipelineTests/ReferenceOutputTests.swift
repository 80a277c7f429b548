import Foundation
import Testing
import TickmarkModel
@testable import IngestPipeline

/// Each sample filing's statements.json must match `SampleFilings/expected/` byte for byte.
/// `TICKMARK_REGENERATE=1 swift test --filter ReferenceOutputTests` rewrites the expected files.
@Suite struct ReferenceOutputTests {
    static let regenerate = ProcessInfo.processInfo.environment["TICKMARK_REGENERATE"] == "1"

    @Test func samplesArePresent() {
        #expect(SampleFilings.names.contains(SampleFilings.pdf), "run Scripts/make-samples.py")
    }

    @Test(arguments: SampleFilings.names)
    func outputMatchesReference(_ name: String) throws {
        let actual = try SampleFilings.statementsJSON(name)
        let expectedPath = SampleFilings.expectedPath(name)
        if Self.regenerate {
            try FileManager.default.createDirectory(at: SampleFilings.expected, withIntermediateDirectories: true)
            try actual.write(to: URL(fileURLWithPath: expectedPath), options: .atomic)
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: expectedPath),
                                    "no \(expectedPath); run with TICKMARK_REGENERATE=1 and review the diff")
        #expect(actual == expected, """
            \(name): output differs from \(expectedPath) \(Self.firstDifference(actual, expected)); \
            if intended, rerun with TICKMARK_REGENERATE=1 and review git diff
            """)
    }

    /// "at line N: got … expected …", to see at a glance what changed.
    static func firstDifference(_ actual: Data, _ expected: Data) -> String {
        let got = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(got.count, want.count) where i >= got.count || i >= want.count || got[i] != want[i] {
            let a = i < got.count ? got[i].trimmingCharacters(in: .whitespaces) : "(end)"
            let b = i < want.count ? want[i].trimmingCharacters(in: .whitespaces) : "(end)"
            return "at line \(i + 1): got `\(a)`, expected `\(b)`"
        }
        return ""
    }

    @Test func outputIsDeterministic() throws {
        let names = SampleFilings.names
        let first = try #require(names.first)
        let once = try SampleFilings.statementsJSON(first)
        let twice = try SampleFilings.statementsJSON(first)
        #expect(once == twice)
        for other in names.dropFirst() { _ = try SampleFilings.statementsJSON(other) }
        let afterOthers = try SampleFilings.statementsJSON(first)
        #expect(once == afterOthers)
    }

    @Test func samplesSniffToTheirFormats() throws {
        let expected: [String: FileFormat] = [
            "northwind-10k-2024.pdf": .pdf, "northwind-10k-2024-html.htm": .html,
            "northwind-10k-2024-ixbrl.htm": .ixbrl, "nwin-20241231.xml": .xbrl,
        ]
        for (name, format) in expected {
            let file = try Intake().read(path: SampleFilings.path(name))
            #expect(file.format == format, "\(name)")
        }
    }

    @Test func pdfSampleKeepsItsIdentity() throws {
        let record = try Pipeline().run(path: SampleFilings.path(SampleFilings.pdf))
        #expect(record.format == .pdf)
        #expect(record.file == SampleFilings.pdf)
        #expect(record.pageCount == 5)
        #expect(record.id.count == 12)
    }
}
