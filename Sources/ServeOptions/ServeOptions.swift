import ArgumentParser

/// The options of `cite serve`. `cite` parses them (so that `cite serve --help` and mistakes are
/// answered at once) and hands them on as `arguments` to `cite-serve`, which parses them again.
public struct ServeOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite corpus written by `ingest --corpus`.") public var corpus = "corpus.sqlite"
    @Option(help: "Address to listen on (loopback by default).") public var host = "127.0.0.1"
    @Option(help: "Port (0: any free port).") public var port = 8080
    @Option(help: "Folder for rendered page images (default: beside the corpus, CORPUS.pages).") public var cache: String?

    public init() {}

    /// The options as a command line that parses back to the same values.
    public var arguments: [String] {
        ["--corpus", corpus, "--host", host, "--port", String(port)] + (cache.map { ["--cache", $0] } ?? [])
    }
}
