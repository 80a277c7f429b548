// TEMPORARY stand-in for PDFExtraction.PageRenderer and MarkupExtraction.SourceView, which are
// being written on another branch with exactly these signatures. This file goes when that
// branch is merged; nothing else in Serving changes then.
import Foundation
import TickmarkModel

struct RenderedPage: Sendable, Equatable {
    let png: URL
    let pixelWidth: Int
    let pixelHeight: Int
    let pointWidth: Double
    let pointHeight: Double
}

/// Stand-in: writes a 1×1 PNG for any page of a US Letter size.
struct PageRenderer: Sendable {
    let cacheDirectory: URL
    init(cacheDirectory: URL) { self.cacheDirectory = cacheDirectory }

    func render(file: URL, sha256: String, page: Int, resolution: Int) throws -> RenderedPage {
        try FileManager.default.createDirectory(at: cacheDirectory, withIntermediateDirectories: true)
        let png = cacheDirectory.appendingPathComponent("\(sha256.prefix(12))-p\(page)-\(resolution).png")
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
                              8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89, 0, 0, 0, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0, 1, 0, 0,
                              5, 0, 1, 0x0D, 0x0A, 0x2D, 0xB4, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
        try Data(bytes).write(to: png)
        return RenderedPage(png: png, pixelWidth: 1, pixelHeight: 1, pointWidth: 612, pointHeight: 792)
    }
}

struct SanitizedSource: Sendable {
    let html: String
    let highlighted: Bool
}

struct XBRLFactSource: Sendable, Codable {
    let fact: String
    let context: String?
    let unit: String?
}

/// Stand-in: the filing's text in a <pre>, no highlight; the XBRL fact as its locator says.
enum SourceView {
    static func sanitizedHTML(file: URL, highlight: Locator?) throws -> SanitizedSource {
        let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        return SanitizedSource(html: "<!DOCTYPE html><html><body><pre>\(HTML.escape(text))</pre></body></html>", highlighted: false)
    }

    static func xbrlFact(file: URL, locator: Locator) throws -> XBRLFactSource {
        XBRLFactSource(fact: "<\(locator.concept ?? "?") contextRef=\"\(locator.contextRef ?? "")\">", context: locator.contextRef, unit: locator.unitRef)
    }
}
