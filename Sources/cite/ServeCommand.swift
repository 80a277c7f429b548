import ArgumentParser
import Foundation

/// `cite serve`: the corpus as a local web site (read-only), each value shown in its source. The
/// server is the `cite-serve` executable built beside `cite`, which replaces this process (its
/// libraries stay out of the start of every other `cite` command).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve",
        abstract: "Serve the corpus as web pages and JSON (/api), read-only, each value highlighted in its source.")

    @Option(name: .long, help: "The SQLite corpus written by `ingest --corpus`.") var corpus = "corpus.sqlite"
    @Option(help: "Address to listen on (loopback by default).") var host = "127.0.0.1"
    @Option(help: "Port (0: any free port).") var port = 8080
    @Option(help: "Folder for rendered page images (default: beside the corpus, CORPUS.pages).") var cache: String?

    func run() throws {
        let server = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("cite-serve").path
        guard FileManager.default.isExecutableFile(atPath: server) else {
            FileHandle.standardError.write(Data("error: \(server) not found: build it with `swift build --product cite-serve`\n".utf8))
            throw ExitCode(78)
        }
        let arguments = [server, "--corpus", corpus, "--host", host, "--port", String(port)] + (cache.map { ["--cache", $0] } ?? [])
        var argv = arguments.map { strdup($0) } + [nil]
        execv(server, &argv)
        FileHandle.standardError.write(Data("error: cannot start \(server): \(String(cString: strerror(errno)))\n".utf8))
        throw ExitCode(78)
    }
}
