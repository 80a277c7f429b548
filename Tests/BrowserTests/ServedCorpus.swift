import CorpusStore
import Foundation
import IngestPipeline
import TestSupport

/// A corpus of three real filings of `../shared` (an Apple 10-Q as PDF and as inline XBRL, an
/// EDGAR HTML earnings release) and one hostile filing (the sample HTML 10-K carrying scripts),
/// served by the built `cite serve` on a free loopback port for the whole test run.
final class ServedCorpus: Sendable {
    static let pdf = "pdf/AAPL_10Q_FY2023Q3.pdf"
    static let inlineXBRL = "ixbrl/AAPL_10Q_FY2023Q3.htm"
    static let edgarHTML = "html/BKE_8K-EX99.1_2024-11-22.htm"
    /// Set on the filing's root element by its scripts, should any of them ever run.
    static let scriptMarker = "data-filing-script-ran"

    let corpus: SQLiteCorpus
    let baseURL: String
    let hostileFile: String
    private let server: Process

    private init(corpus: SQLiteCorpus, baseURL: String, hostileFile: String, server: Process) {
        self.corpus = corpus
        self.baseURL = baseURL
        self.hostileFile = hostileFile
        self.server = server
    }

    deinit { server.terminate() }

    private static let started = Task { () throws -> ServedCorpus in try await start() }

    static func shared() async throws -> ServedCorpus { try await started.value }

    private static func start() async throws -> ServedCorpus {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let hostile = folder.appendingPathComponent("northwind-hostile.htm")
        try hostileFiling().write(to: hostile)
        let path = folder.appendingPathComponent("corpus.sqlite").path
        let files = [pdf, inlineXBRL, edgarHTML].map(SharedCorpus.path) + [hostile.path]
        _ = try await CorpusIngest(jobs: 2).run(files, into: try SQLiteCorpus(path: path))

        let cite = try unwrap(BuiltProducts.executable("cite"), "cite is built beside the test bundle")
        let port = try freePort()
        let server = Process()
        server.executableURL = cite
        server.arguments = ["serve", "--corpus", path, "--port", "\(port)", "--cache", folder.appendingPathComponent("pages").path]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        let baseURL = "http://127.0.0.1:\(port)"
        try await waitUntilAnswering(baseURL + "/", server: server)
        return ServedCorpus(corpus: try SQLiteCorpus(path: path), baseURL: baseURL, hostileFile: hostile.path, server: server)
    }

    /// The sample EDGAR HTML 10-K with a script in its head, an inline handler and a handler on
    /// a broken image, each of which would mark the root element if it ran.
    private static func hostileFiling() throws -> Data {
        let sample = SharedCorpus.packageRoot.appendingPathComponent("SampleFilings/northwind-10k-2024-html.htm")
        let mark = "document.documentElement.setAttribute('\(scriptMarker)','1')"
        var html = try String(contentsOf: sample, encoding: .utf8)
        html = html.replacingOccurrences(of: "<head>", with: "<head><script>\(mark)</script>")
        html = html.replacingOccurrences(of: "<body>", with: "<body onload=\"\(mark)\"><img src=\"x\" onerror=\"\(mark)\">")
        return Data(html.utf8)
    }

    /// A TCP port nobody listens on now (bound to port 0 and released).
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw ChildProcess.Failure(description: "no free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private static func waitUntilAnswering(_ url: String, server: Process) async throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            guard server.isRunning else { throw ChildProcess.Failure(description: "cite serve exited \(server.terminationStatus)") }
            if (try? ChildProcess.output(of: URL(fileURLWithPath: "/usr/bin/curl"), arguments: ["-sf", "-o", "/dev/null", url],
                                         timeout: 5)) != nil { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw ChildProcess.Failure(description: "cite serve did not answer \(url) within 60 s")
    }

    private static func unwrap<T>(_ value: T?, _ message: String) throws -> T {
        guard let value else { throw ChildProcess.Failure(description: message) }
        return value
    }
}
