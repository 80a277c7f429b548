import Foundation

/// Debian's `chromium`, headless: the DOM of a page after its scripts ran, and a screenshot.
struct HeadlessChromium {
    let executable: URL

    /// `chromium` (or `chromium-browser`) on the PATH; nil when neither is installed.
    static func find() -> HeadlessChromium? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return HeadlessChromium(executable: candidate) }
            }
        }
        return nil
    }

    /// Whether the browser tests must run (CI sets `TICKMARK_REQUIRE_BROWSER=1`) rather than be skipped.
    static var isRequired: Bool { ProcessInfo.processInfo.environment["TICKMARK_REQUIRE_BROWSER"] == "1" }

    /// The serialized DOM of `url` once its scripts have run (up to ten seconds of page time).
    func dom(of url: String) throws -> String {
        String(decoding: try run(["--dump-dom", "--virtual-time-budget=10000", url]), as: UTF8.self)
    }

    /// A PNG screenshot of `url` at 1280×1600 into `file`.
    func screenshot(of url: String, to file: URL) throws {
        _ = try run(["--screenshot=\(file.path)", "--window-size=1280,1600", "--virtual-time-budget=10000",
                     "--hide-scrollbars", url])
    }

    private func run(_ arguments: [String]) throws -> Data {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        // --no-sandbox: the test may run as root, which Chromium's own sandbox refuses.
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)"]
        return try ChildProcess.output(of: executable, arguments: common + arguments, timeout: 120)
    }
}
