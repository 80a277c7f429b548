import Foundation

/// A command the browser tests start (Chromium, `pdftotext`), with a deadline.
enum ChildProcess {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Standard output of `executable` run with `arguments`; a non-zero exit or a run longer than
    /// `timeout` seconds is a failure naming the command.
    static func output(of executable: URL, arguments: [String], timeout: TimeInterval) throws -> Data {
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-output-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            throw Failure(description: "\(executable.lastPathComponent) ran longer than \(Int(timeout)) s")
        }
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(executable.lastPathComponent) \(arguments.last ?? "") exited \(process.terminationStatus)")
        }
        return try Data(contentsOf: outputFile)
    }
}
