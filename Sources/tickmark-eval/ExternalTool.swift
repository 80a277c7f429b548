import Foundation

/// Runs another tool on a file and times it; its output is discarded.
struct ExternalTool: Sendable {
    /// Program name, looked up on PATH.
    var name: String
    var arguments: [String]

    /// `pdftotext -layout FILE /dev/null`.
    static func pdftotext(_ file: String) -> ExternalTool { ExternalTool(name: "pdftotext", arguments: ["-layout", file, "/dev/null"]) }

    /// `xmllint --noout [--html] FILE`.
    static func xmllint(_ file: String, html: Bool) -> ExternalTool {
        ExternalTool(name: "xmllint", arguments: ["--noout"] + (html ? ["--html"] : []) + [file])
    }

    /// Seconds the run took, or nil when the tool cannot be started.
    func timedRun() -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let clock = ContinuousClock()
        let start = clock.now
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        guard process.terminationStatus != 127 else { return nil }
        return (clock.now - start).seconds
    }
}
