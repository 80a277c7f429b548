import Citing
import CorpusStore
import Crypto
import Foundation
import PDFExtraction
import TickmarkModel

/// What every route reads: the corpus (read-only), its counterparts for comparisons, the page
/// renderer with its cache, and the stored files of the documents — found by document ID only.
struct Site: Sendable {
    let corpus: SQLiteCorpus
    let counterparts: Counterparts
    let renderer: PageRenderer
    private let verified = VerifiedFiles()

    init(corpus: SQLiteCorpus, cacheDirectory: URL) throws(CorpusError) {
        self.corpus = corpus
        counterparts = try Counterparts(corpus: corpus)
        renderer = PageRenderer(cacheDirectory: cacheDirectory)
    }

    /// A document's stored file, checked to hold the bytes that were read.
    struct StoredFile: Sendable {
        let url: URL
        let sha256: String
        let pageCount: Int?
    }

    /// The document ID a URL names; 400 unless it is one.
    static func documentID(_ text: String) throws(PageError) -> String {
        guard let id = CitationID(text), case .document = id.target, id.description == text else {
            throw .badRequest("“\(text)” is not a document ID (12 hexadecimal digits).")
        }
        return text
    }

    /// The file of document `id`: where the corpus says it was read (a relative path from where
    /// ingest ran, else beside the corpus), 404 when unknown or gone, 410 when its bytes changed.
    func storedFile(_ id: String) throws -> StoredFile {
        guard let found = try corpus.documentSource(id) else { throw PageError.notFound("No document \(id) in the corpus.") }
        let corpusFolder = URL(fileURLWithPath: corpus.path).deletingLastPathComponent()
        let candidates = found.path.hasPrefix("/") ? [URL(fileURLWithPath: found.path)]
            : [URL(fileURLWithPath: found.path), corpusFolder.appendingPathComponent(found.path)]
        guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw PageError.notFound("The file of document \(id) (\(found.path)) is no longer where it was read.")
        }
        guard verified.holds(url, sha256: found.sha256) else {
            throw PageError(status: .gone, message: "The file of document \(id) (\(found.path)) has changed since it was read.")
        }
        return StoredFile(url: url, sha256: found.sha256, pageCount: found.pageCount)
    }
}

/// Files whose SHA-256 was checked, by path, size and modification time: a file is hashed again
/// only when it changed.
private final class VerifiedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: (size: Int, modified: Date, sha256: String)] = [:]

    func holds(_ url: URL, sha256: String) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = (attributes[.size] as? NSNumber)?.intValue, let modified = attributes[.modificationDate] as? Date else { return false }
        if let seen = lock.withLock({ known[url.path] }), seen.size == size, seen.modified == modified { return seen.sha256 == sha256 }
        guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { return false }
        let digest = HexDigest.string(SHA256.hash(data: data))
        lock.withLock { known[url.path] = (size, modified, digest) }
        return digest == sha256
    }
}
