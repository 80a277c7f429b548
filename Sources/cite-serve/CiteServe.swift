import ArgumentParser
import CorpusStore
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServeOptions
import Serving

/// `cite serve`: the corpus as a local web site (read-only), each value shown in its source.
/// An executable of its own, which `cite serve` runs in its place, so that the server's libraries
/// (Hummingbird, NIO) do not weigh on the start of every other `cite` command.
@main
struct CiteServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cite serve",
        abstract: "Serve the corpus as web pages and JSON (/api), read-only, each value highlighted in its source.")

    @OptionGroup var options: ServeOptions

    func run() async throws {
        let corpus = options.corpus
        guard FileManager.default.fileExists(atPath: corpus) else { fail("\(corpus): no such corpus (build one with `ingest FILES --corpus \(corpus)`)") }
        let store: SQLiteCorpus
        do { store = try SQLiteCorpus(path: corpus, readOnly: true) } catch { fail(error.description) }
        let logger = Logger(label: "cite-serve", factory: { StreamLogHandler.standardError(label: $0) })
        let host = options.host
        let app = try Server.application(
            corpus: store, cacheDirectory: options.cache.map { URL(fileURLWithPath: $0) } ?? Server.defaultCacheDirectory(corpus: corpus),
            configuration: .init(address: .hostname(host, port: options.port), serverName: nil),
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
