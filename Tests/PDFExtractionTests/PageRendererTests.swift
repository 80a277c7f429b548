import Foundation
import Testing
import TestSupport
@testable import PDFExtraction

/// Pages of a real 10-K PDF rendered for the source view: image size, disk cache, typed errors.
@Suite(.enabled(if: SharedCorpus.isAvailable, "the shared corpus of real filings is absent"))
struct PageRendererTests {
    private let file = URL(fileURLWithPath: SharedCorpus.path("pdf/MMM_10K_2018.pdf"))
    /// Any 64-digit hash names the cache folder; the renderer does not recompute it.
    private let sha256 = String(repeating: "ab", count: 32)

    private func temporaryCache() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("page-renderer-\(UUID().uuidString)")
    }

    @Test func aLetterPageIsPointsTimesDPIOver72AndIsCachedOnDisk() throws {
        let cache = temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache) }
        let renderer = PageRenderer(cacheDirectory: cache)
        let page = try renderer.render(file: file, sha256: sha256, page: 56, resolution: 110)
        #expect(page.pointWidth == 612 && page.pointHeight == 792)
        #expect(abs(page.pixelWidth - 612 * 110 / 72) <= 1 && abs(page.pixelHeight - 792 * 110 / 72) <= 1)
        let png = try Data(contentsOf: page.png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(PNGHeader(png)?.width == page.pixelWidth && PNGHeader(png)?.height == page.pixelHeight)

        let written = try FileManager.default.attributesOfItem(atPath: page.png.path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        // The cache answers even when the PDF is gone.
        let again = try renderer.render(file: URL(fileURLWithPath: "/nonexistent.pdf"), sha256: sha256, page: 56, resolution: 110)
        #expect(again == page)
        #expect(try FileManager.default.attributesOfItem(atPath: page.png.path)[.modificationDate] as? Date == written)
    }

    @Test func concurrentRendersOfOnePageLeaveOneWholeImage() async throws {
        let cache = temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache) }
        let renderer = PageRenderer(cacheDirectory: cache)
        let pages = try await withThrowingTaskGroup(of: RenderedPage.self) { group in
            for _ in 0..<4 { group.addTask { try renderer.render(file: file, sha256: sha256, page: 3, resolution: 72) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(pages.map(\.png)).count == 1)
        let png = try Data(contentsOf: pages[0].png)
        #expect(PNGHeader(png)?.width == 612)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: pages[0].png.deletingLastPathComponent().path)
        #expect(leftovers.sorted() == ["p3-r72.json", "p3-r72.png"])
    }

    @Test func pagesOutsideTheDocumentAndBadRequestsGiveTypedErrors() {
        let cache = temporaryCache()
        defer { try? FileManager.default.removeItem(at: cache) }
        let renderer = PageRenderer(cacheDirectory: cache)
        #expect(throws: PageRenderError.pageOutOfRange(page: 0, pageCount: 160)) {
            try renderer.render(file: file, sha256: sha256, page: 0, resolution: 110)
        }
        #expect(throws: PageRenderError.pageOutOfRange(page: 161, pageCount: 160)) {
            try renderer.render(file: file, sha256: sha256, page: 161, resolution: 110)
        }
        #expect(throws: PageRenderError.resolutionOutOfRange(1000)) {
            try renderer.render(file: file, sha256: sha256, page: 1, resolution: 1000)
        }
        #expect(throws: PageRenderError.invalidDocumentHash("../etc")) {
            try renderer.render(file: file, sha256: "../etc", page: 1, resolution: 110)
        }
        let notAPDF = URL(fileURLWithPath: SharedCorpus.path("MANIFEST.tsv"))
        #expect { try renderer.render(file: notAPDF, sha256: sha256, page: 1, resolution: 110) } throws: { error in
            guard case .unreadablePDF = error as? PageRenderError else { return false }
            return true
        }
    }
}

/// Width and height from a PNG's IHDR chunk.
private struct PNGHeader {
    var width: Int
    var height: Int

    init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24 else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        width = int(16)
        height = int(20)
    }
}
