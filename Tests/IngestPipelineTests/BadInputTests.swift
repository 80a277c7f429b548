import Foundation
import Testing
import TestSupport
import TickmarkModel
@testable import IngestPipeline

/// Bad files end in a typed `IngestError` naming the file, never in a crash.
@Suite struct BadInputTests {
    /// A fresh folder for this test's fixtures.
    private func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func kind(of path: String) -> IngestError.Kind? {
        do {
            _ = try Pipeline().run(path: path)
            return nil
        } catch {
            #expect(error.file == path)
            #expect(!error.reason.isEmpty)
            return error.kind
        }
    }

    @Test func missingAndEmptyFiles() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(kind(of: folder.appendingPathComponent("nowhere.pdf").path) == .notFound)
        #expect(kind(of: try write([], "empty.pdf", in: folder)) == .empty)
        #expect(kind(of: folder.path) == .unreadable)
    }

    @Test func notAFiling() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(kind(of: try write(Array("Quarterly numbers, plain text.\n".utf8), "notes.pdf", in: folder)) == .unsupportedFormat)
        #expect(kind(of: try write([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0], "archive.pdf", in: folder)) == .unsupportedFormat)
    }

    @Test func encryptedPDF() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(kind(of: try write(CraftedPDF.encrypted(), "locked.pdf", in: folder)) == .encrypted)
    }

    @Test func damagedPDFs() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = try #require(FileManager.default.contents(atPath: SampleFilings.path(SampleFilings.pdf)))
        let truncated = [UInt8](sample.prefix(400))
        #expect(kind(of: try write(truncated, "truncated.pdf", in: folder)) == .damaged)
        let headerOnly = Array("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog\n".utf8)
        #expect(kind(of: try write(headerOnly, "header-only.pdf", in: folder)) == .damaged)
        var garbled = [UInt8](sample)
        for i in stride(from: 200, to: garbled.count, by: 7) { garbled[i] = 0x00 }
        let garbledKind = kind(of: try write(garbled, "garbled.pdf", in: folder))
        #expect(garbledKind == nil || garbledKind == .damaged, "a garbled PDF is read as far as it goes, or is damaged")
    }

    @Test func exitCodesAreDistinctAndNonZero() {
        let kinds: [IngestError.Kind] = [.notFound, .unreadable, .empty, .unsupportedFormat, .encrypted, .damaged,
                                         .unsafeMarkup, .tooLarge, .outputFailed, .quarantined]
        let codes = kinds.map(\.exitCode)
        #expect(Set(codes).count == kinds.count)
        #expect(codes.allSatisfy { $0 > 1 && $0 != 64 })
    }

    @Test func unwritableOutputLeavesNoFile() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = StatementsFile(generator: StatementsJSON.generator, documents: [])
        // The parent folder does not exist.
        let missingParent = folder.appendingPathComponent("absent/statements.json").path
        #expect(performing: { try StatementsJSON.write(file, to: missingParent) },
                throws: { ($0 as? IngestError)?.kind == .outputFailed })
        // The parent is a regular file.
        let plain = try write(Array("x".utf8), "plain", in: folder)
        #expect(performing: { try StatementsJSON.write(file, to: plain + "/statements.json") },
                throws: { ($0 as? IngestError)?.kind == .outputFailed })
        // The target is a folder: the atomic write must not leave its temporary file behind.
        let occupied = folder.appendingPathComponent("occupied.json")
        try FileManager.default.createDirectory(at: occupied.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(performing: { try StatementsJSON.write(file, to: occupied.path) },
                throws: { ($0 as? IngestError)?.kind == .outputFailed })
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["occupied.json", "plain"])
        #expect(!FileManager.default.fileExists(atPath: missingParent))
    }
}

/// PDFs made at test time.
enum CraftedPDF {
    /// A one-page PDF whose trailer names a standard security handler (RC4, revision 2) with an
    /// owner and user key that no password opens: poppler reports it as encrypted.
    static func encrypted() -> [UInt8] {
        let id = "<00112233445566778899aabbccddeeff>"
        return TinyPDF.assemble(objects: [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            "<< /Filter /Standard /V 1 /R 2 /O <\(String(repeating: "11", count: 32))> /U <\(String(repeating: "22", count: 32))> /P -4 >>",
        ], trailerEntries: " /Encrypt 4 0 R /ID [\(id)\(id)]")
    }
}
