import Foundation
import TickmarkModel

/// A PDF page rendered to a PNG on disk, with the page's size in points.
///
/// A `Locator.bbox` (PDF points, top-left origin, y down, as poppler gives them) maps onto the
/// image by one scale for both axes: pixel = point × resolution / 72, i.e. `pixelWidth /
/// pointWidth` (up to the rounding of the image size to whole pixels, under one pixel).
public struct RenderedPage: Sendable, Equatable, Codable {
    public let png: URL
    public let pixelWidth: Int
    public let pixelHeight: Int
    public let pointWidth: Double
    public let pointHeight: Double

    public init(png: URL, pixelWidth: Int, pixelHeight: Int, pointWidth: Double, pointHeight: Double) {
        self.png = png
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.pointWidth = pointWidth
        self.pointHeight = pointHeight
    }
}

/// Why a page could not be rendered.
public enum PageRenderError: Error, Equatable, CustomStringConvertible {
    /// `page` is not between 1 and the document's page count.
    case pageOutOfRange(page: Int, pageCount: Int)
    /// Dots per inch outside `PageRenderer.resolutions`.
    case resolutionOutOfRange(Int)
    /// The content hash is not 64 hexadecimal digits (it names the cache folder).
    case invalidDocumentHash(String)
    /// The file cannot be read or poppler cannot open it (damaged, encrypted, not a PDF).
    case unreadablePDF(reason: String)
    /// Cairo could not draw or write the image, or the cache could not be written.
    case renderFailed(reason: String)

    public var description: String {
        switch self {
        case .pageOutOfRange(let page, let count): "page \(page) is out of range: the document has \(count) page(s)"
        case .resolutionOutOfRange(let dpi):
            "resolution \(dpi) dpi is out of range \(PageRenderer.resolutions.lowerBound)...\(PageRenderer.resolutions.upperBound)"
        case .invalidDocumentHash(let hash): "\"\(hash)\" is not a SHA-256 content hash"
        case .unreadablePDF(let reason): "the PDF cannot be read: \(reason)"
        case .renderFailed(let reason): "the page could not be rendered: \(reason)"
        }
    }
}

/// Renders PDF pages to PNG images cached on disk by (document SHA-256, page, resolution), for
/// showing a value on the page it was printed on.
///
/// Safe to call from concurrent tasks: a cached page is read without poppler; rendering opens
/// one document per call under the process-wide poppler lock (see `PDFExtractor`). Cache files
/// are written to a temporary name and renamed into place, so a reader never sees a partial
/// image and two renders of one page both leave a whole one.
public struct PageRenderer: Sendable {
    /// Accepted dots per inch: legible to a page four times the width of a screen.
    public static let resolutions = 36...300

    public let cacheDirectory: URL

    public init(cacheDirectory: URL) {
        self.cacheDirectory = cacheDirectory
    }

    /// Renders 1-based `page` of the PDF at `file` (whose content hash is `sha256`) at
    /// `resolution` dpi into a PNG cached on disk by (document sha256, page, resolution); a
    /// cached image is returned without opening the PDF.
    public func render(file: URL, sha256: String, page: Int, resolution: Int) throws(PageRenderError) -> RenderedPage {
        guard Self.resolutions.contains(resolution) else { throw .resolutionOutOfRange(resolution) }
        guard sha256.utf8.count == 64, sha256.utf8.allSatisfy({ Self.isHexDigit($0) }) else { throw .invalidDocumentHash(sha256) }
        let folder = cacheDirectory.appendingPathComponent(sha256.lowercased(), isDirectory: true)
        let png = folder.appendingPathComponent("p\(page)-r\(resolution).png")
        let sizes = folder.appendingPathComponent("p\(page)-r\(resolution).json")
        if let cached = Self.cached(png: png, sizes: sizes) { return cached }
        return try draw(file: file, page: page, resolution: resolution, folder: folder, png: png, sizes: sizes)
    }

    /// The cached page: its PNG (renamed into place last) and the sizes written before it.
    private static func cached(png: URL, sizes: URL) -> RenderedPage? {
        guard FileManager.default.fileExists(atPath: png.path), let data = try? Data(contentsOf: sizes),
              let page = try? JSONDecoder().decode(RenderedPage.self, from: data) else { return nil }
        return RenderedPage(png: png, pixelWidth: page.pixelWidth, pixelHeight: page.pixelHeight,
                            pointWidth: page.pointWidth, pointHeight: page.pointHeight)
    }

    private func draw(file: URL, page: Int, resolution: Int, folder: URL, png: URL, sizes: URL) throws(PageRenderError) -> RenderedPage {
        let bytes: [UInt8]
        do { bytes = Array(try Data(contentsOf: file)) } catch { throw .unreadablePDF(reason: "\(file.lastPathComponent): \(error.localizedDescription)") }
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw .renderFailed(reason: "cannot create the cache folder: \(error.localizedDescription)")
        }
        let unique = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        let pngTemporary = folder.appendingPathComponent(".\(png.lastPathComponent).\(unique).tmp")
        defer { try? FileManager.default.removeItem(at: pngTemporary) }
        let rendered = try Self.renderPage(page, of: bytes, name: file.lastPathComponent, resolution: resolution,
                                           png: png, temporary: pngTemporary)
        do {
            try Self.writeAtomically(try JSONEncoder().encode(rendered), to: sizes, unique: unique)
            try Self.moveIntoPlace(pngTemporary, png)
        } catch {
            throw .renderFailed(reason: "cannot write the cache: \(error.localizedDescription)")
        }
        return rendered
    }

    /// Opens the document and draws one page into `temporary`, under the poppler lock.
    private static func renderPage(_ page: Int, of bytes: [UInt8], name: String, resolution: Int,
                                   png: URL, temporary: URL) throws(PageRenderError) -> RenderedPage {
        popplerLock.lock()
        defer { popplerLock.unlock() }
        let document: PopplerDocument
        do { document = try PopplerDocument(bytes: bytes, path: name) } catch { throw .unreadablePDF(reason: error.reason) }
        guard page >= 1, page <= document.pageCount else {
            throw .pageOutOfRange(page: page, pageCount: document.pageCount)
        }
        guard let poppler = document.page(at: page - 1) else { throw .unreadablePDF(reason: "poppler cannot load page \(page)") }
        let (pointWidth, pointHeight) = poppler.size
        guard let image = poppler.writePNG(to: temporary.path, scale: Double(resolution) / 72) else {
            throw .renderFailed(reason: "cairo could not draw or write page \(page)")
        }
        return RenderedPage(png: png, pixelWidth: image.width, pixelHeight: image.height, pointWidth: pointWidth, pointHeight: pointHeight)
    }

    private static func writeAtomically(_ data: Data, to url: URL, unique: String) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(unique).tmp")
        try data.write(to: temporary)
        try moveIntoPlace(temporary, url)
    }

    /// `rename(2)`: replaces an existing file in one step (FileManager's move refuses to).
    private static func moveIntoPlace(_ from: URL, _ to: URL) throws {
        guard rename(from.path, to.path) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: to.path]) }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}
