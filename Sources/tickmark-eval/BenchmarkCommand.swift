import ArgumentParser
import Evaluation
import Foundation

/// `tickmark-eval benchmark`: whole processes on both sides, paired file by file in one run —
/// `ingest FILE --emit out.json` against `pdftotext -layout FILE` (PDF) or `xmllint --noout
/// [--html] FILE` (markup) — with each process's own peak memory.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Time `ingest FILE --emit` against pdftotext -layout (PDF) and xmllint --noout (markup), file by file.")

    @OptionGroup var corpus: SharedCorpusOptions

    @Option(name: .long, help: "Only this folder: pdf, html, ixbrl or xbrl.")
    var only: String?

    func run() throws {
        try corpus.requireFilings()
        guard let ingest = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("ingest").path,
              FileManager.default.isExecutableFile(atPath: ingest) else {
            throw ValidationError("the ingest executable is not beside tickmark-eval: build it first (Scripts/benchmark does)")
        }
        let manifestURL = corpus.filings.appendingPathComponent("MANIFEST.tsv")
        let manifest = Manifest.parse(try String(contentsOf: manifestURL, encoding: .utf8))
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-benchmark-\(getpid()).json").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var rows: [BenchmarkRow] = []
        for folder in AccuracyReport.folders where only == nil || only == folder {
            let files = manifest.filter { $0.isDocument && $0.file.hasPrefix(folder + "/") }.map(\.file).sorted()
            rows.append(measure(folder: folder, files: files, ingest: ingest, output: output))
        }
        print(BenchmarkRow.header)
        rows.forEach { print($0.text) }
        print("\nslowest files against the other tool (ours / theirs):")
        for row in rows {
            let slowest = row.perFile.sorted { ($1.ratio, $0.file) < ($0.ratio, $1.file) }.prefix(3)
            print("  \(row.folder.padded(6))" + slowest.map { $0.file + String(format: " %.2fs/%.2fs", $0.ours, $0.theirs) }
                .joined(separator: ", "))
        }
        if let largest = rows.flatMap(\.perFile).max(by: { $0.peak < $1.peak }) {
            print(String(format: "\nlargest peak RSS of one ingest process: %.0f MB", largest.peak) + " (\(largest.file))  target < 300 MB")
        }
        print("targets: PDF ≤ 1.5× pdftotext -layout; HTML and inline XBRL ≤ 2× xmllint --html --noout")
    }

    private func measure(folder: String, files: [String], ingest: String, output: String) -> BenchmarkRow {
        var row = BenchmarkRow(folder: folder)
        for (n, file) in files.enumerated() {
            let path = corpus.filings.appendingPathComponent(file).path
            let ours = ChildProcess.run([ingest, path, "--emit", output])
            let pages = ours?.exitStatus == 0 ? Self.pageCount(output) : 0
            let theirs = ChildProcess.run(Self.otherTool(folder: folder, path: path))
            row.add(file: file, ours: ours, theirs: theirs, pages: pages)
            Console.note("[\(folder) \(n + 1)/\(files.count)] \(file)  ours "
                          + (ours.map { String(format: "%.2fs %.0f MB", $0.seconds, $0.peakMegabytes) } ?? "did not start")
                          + "  theirs " + (theirs.map { String(format: "%.2fs", $0.seconds) } ?? "unavailable"))
        }
        return row
    }

    /// `pdftotext -layout FILE /dev/null`, `xmllint --html --noout FILE` for HTML and inline
    /// XBRL, `xmllint --noout FILE` for an XBRL instance.
    static func otherTool(folder: String, path: String) -> [String] {
        switch folder {
        case "pdf": ["pdftotext", "-layout", path, "/dev/null"]
        case "xbrl": ["xmllint", "--noout", path]
        default: ["xmllint", "--html", "--noout", path]
        }
    }

    /// The page counts ingest wrote, summed, read back from its output in small chunks: this
    /// process must stay small, for a child spawned from it starts from its resident size and
    /// would report that as its own peak.
    private static func pageCount(_ output: String) -> Int {
        guard let handle = FileHandle(forReadingAtPath: output) else { return 0 }
        defer { try? handle.close() }
        let key = Array(#""pageCount" : "#.utf8)
        let tail = key.count + 20
        var total = 0
        var pending: [UInt8] = []
        var finished = false
        while !finished {
            let chunk = (try? handle.read(upToCount: 1 << 16)) ?? nil
            finished = chunk?.isEmpty ?? true
            pending += chunk.map(Array.init) ?? []
            // Scan where a key and its digits fit whole; keep the rest for the next chunk.
            let limit = finished ? pending.count : max(0, pending.count - tail)
            var index = 0
            while index < limit {
                guard index + key.count <= pending.count, pending[index..<(index + key.count)].elementsEqual(key) else {
                    index += 1
                    continue
                }
                index += key.count
                var value = 0
                while index < pending.count, (48...57).contains(pending[index]) {
                    value = value * 10 + Int(pending[index] - 48)
                    index += 1
                }
                total += value
            }
            pending = Array(pending[min(index, pending.count)...])
        }
        return total
    }
}

/// Totals of one corpus folder.
struct BenchmarkRow {
    var folder: String
    var files = 0
    var failed = 0
    var pages = 0
    var ours = 0.0
    var theirs = 0.0
    var theirsMissing = false
    /// Each file's times and our peak memory, for the slowest-files list and the largest peak.
    var perFile: [(file: String, ours: Double, theirs: Double, ratio: Double, peak: Double)] = []

    static let header = "folder  files  failed  pages   ours s  theirs s  pages/s   ratio  peak MB"

    mutating func add(file: String, ours: ChildRun?, theirs: ChildRun?, pages: Int) {
        files += 1
        failed += ours?.exitStatus == 0 ? 0 : 1
        self.pages += pages
        self.ours += ours?.seconds ?? 0
        guard let ours, let theirs, theirs.seconds > 0 else {
            theirsMissing = true
            return
        }
        self.theirs += theirs.seconds
        perFile.append((file, ours.seconds, theirs.seconds, ours.seconds / theirs.seconds, ours.peakMegabytes))
    }

    var text: String {
        let pagesPerSecond = pages > 0 && ours > 0 ? String(format: "%.1f", Double(pages) / ours) : "-"
        let ratio = theirs > 0 && !theirsMissing ? String(format: "%.2f×", ours / theirs) : "-"
        let peak = perFile.map(\.peak).max().map { String(format: "%.0f", $0) } ?? "-"
        return folder.padded(6)
            + String(format: "%7d %7d %6d %8.2f %9.2f", files, failed, pages, ours, theirs)
            + pagesPerSecond.leftPadded(9) + ratio.leftPadded(8) + peak.leftPadded(9)
    }
}
