import ArgumentParser
import CorpusStore
import Foundation
import Hummingbird
import Logging
import NIOCore
import Serving

/// `cite serve`: the corpus as a local web site (read-only), each value shown in its source.
/// An executable of its own, which `cite serve` runs in its place, so that the server's libraries
/// (Hummingbird, NIO) do not weigh on the start of every other `cite` command.
@main
struct CiteServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cite serve",
        abstract: "Serve the corpus as web pages and JSON (/api), read-only, each value highlighted in its source.")

    @Option(name: .long, help: "The SQLite corpus written by `ingest --corpus`.") var corpus = "corpus.sqlite"
    @Option(help: "Address to listen on (loopback by default).") var host = "127.0.0.1"
    @Option(help: "Port (0: any free port).") var port = 8080
    @Option(help: "Folder for rendered page images (default: beside the corpus, CORPUS.pages).") var cache: String?

    func run() async throws {
        guard FileManager.default.fileExists(atPath: corpus) else { fail("\(corpus): no such corpus (build one with `ingest FILES --corpus \(corpus)`)") }
        let store: SQLiteCorpus
        do { store = try SQLiteCorpus(path: corpus, readOnly: true) } catch { fail(error.description) }
        let logger = Logger(label: "cite-serve", factory: { StreamLogHandler.standardError(label: $0) })
        let host = host
        let app = try Server.application(
            corpus: store, cacheDirectory: cache.map { URL(fileURLWithPath: $0) } ?? Server.defaultCacheDirectory(corpus: corpus),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                FileHandle.standardOutput.write(Data("listening on http://\(shown):\(port)/\n".utf8))
            }, logger: logger)
        try await app.runService()
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Foundation.exit(78)
    }
}
