import ArgumentParser
import Foundation
import ServeOptions

/// `cite serve`: the corpus as a local web site (read-only), each value shown in its source. The
/// server is the `cite-serve` executable built beside `cite`, which replaces this process (its
/// libraries stay out of the start of every other `cite` command).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve",
        abstract: "Serve the corpus as web pages and JSON (/api), read-only, each value highlighted in its source.")

    @OptionGroup var options: ServeOptions

    func run() throws {
        let server = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("cite-serve").path
        guard FileManager.default.isExecutableFile(atPath: server) else {
            FileHandle.standardError.write(Data("error: \(server) not found: build it with `swift build --product cite-serve`\n".utf8))
            throw ExitCode(78)
        }
        var argv = ([server] + options.arguments).map { strdup($0) } + [nil]
        execv(server, &argv)
        FileHandle.standardError.write(Data("error: cannot start \(server): \(String(cString: strerror(errno)))\n".utf8))
        throw ExitCode(78)
    }
}
