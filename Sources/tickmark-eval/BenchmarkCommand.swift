import ArgumentParser
import Evaluation
import Foundation
import IngestPipeline

/// `tickmark-eval benchmark`: our ingest time and memory against pdftotext and xmllint.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Time ingesting every corpus file against pdftotext -layout (PDF) and xmllint --noout (markup).")

    @OptionGroup var corpus: SharedCorpusOptions

    @Option(name: .long, help: "Only this folder: pdf, html, ixbrl or xbrl.")
    var only: String?

    @Option(name: .long, help: .hidden)
    var measureOne: String?

    func run() throws {
        if let measureOne {
            // Child mode: one ingest in a fresh process, its peak RSS on stdout.
            _ = try? Pipeline().run(path: measureOne)
            print(String(format: "%.1f", ResourceUsage.peakResidentMegabytes))
            return
        }
        try corpus.requireFilings()
        let manifestURL = corpus.filings.appendingPathComponent("MANIFEST.tsv")
        let manifest = Manifest.parse(try String(contentsOf: manifestURL, encoding: .utf8))
        // The child runs first: Linux carries the parent's peak RSS into a child spawned with
        // vfork semantics (posix_spawn), so a child started from a grown parent would report it.
        var largestLine: String?
        if only == nil || only == "pdf", let largest = largestPDF(manifest) {
            let rss = childPeakRSS(largest).map { String(format: "%.0f MB", $0) } ?? "unknown"
            largestLine = "peak RSS ingesting the largest PDF alone (\(largest)): \(rss)  target < 300 MB"
        }
        var rows: [BenchmarkRow] = []
        for folder in AccuracyReport.folders where only == nil || only == folder {
            let files = manifest.filter { $0.isDocument && $0.file.hasPrefix(folder + "/") }.map(\.file).sorted()
            rows.append(measure(folder: folder, files: files))
        }
        print(BenchmarkRow.header)
        rows.forEach { print($0.text) }
        print("\nslowest files against the other tool (ours / theirs):")
        for row in rows {
            let slowest = row.perFile.sorted { ($1.ratio, $0.file) < ($0.ratio, $1.file) }.prefix(3)
            print("  \(row.folder.padded(6))" + slowest.map { String(format: "%@ %.2fs/%.2fs", $0.file, $0.ours, $0.theirs) }
                .joined(separator: ", "))
        }
        print(String(format: "\npeak RSS of this run (all files in one process): %.0f MB", ResourceUsage.peakResidentMegabytes))
        if let largestLine { print(largestLine) }
        print("targets: PDF ≤ 2× pdftotext; markup ≤ 3× xmllint")
    }

    private func measure(folder: String, files: [String]) -> BenchmarkRow {
        var row = BenchmarkRow(folder: folder)
        let pipeline = Pipeline()
        for (n, file) in files.enumerated() {
            let path = corpus.filings.appendingPathComponent(file).path
            let clock = ContinuousClock()
            let start = clock.now
            let record = try? pipeline.run(path: path)
            let ours = (clock.now - start).seconds
            let tool: ExternalTool = folder == "pdf" ? .pdftotext(path) : .xmllint(path, html: folder == "html")
            let theirs = tool.timedRun()
            row.add(file: file, ours: ours, theirs: theirs, pages: record?.pageCount ?? 0, failed: record == nil)
            Console.note("[\(folder) \(n + 1)/\(files.count)] \(file)  ours \(String(format: "%.2fs", ours))"
                          + (theirs.map { String(format: "  %@ %.2fs", tool.name, $0) } ?? "  \(tool.name) unavailable"))
        }
        return row
    }

    private func largestPDF(_ manifest: [ManifestEntry]) -> String? {
        let sizes = manifest.filter { $0.format == "pdf" }.map { entry -> (String, Int) in
            let path = corpus.filings.appendingPathComponent(entry.file).path
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            return (entry.file, (attributes?[.size] as? Int) ?? 0)
        }
        return sizes.max { ($0.1, $1.0) < ($1.1, $0.0) }?.0
    }

    /// Runs this executable on one file in a fresh process and reads the peak RSS it reports.
    private func childPeakRSS(_ file: String) -> Double? {
        guard let executable = Bundle.main.executableURL else { return nil }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["benchmark", "--measure-one", corpus.filings.appendingPathComponent(file).path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
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
    /// Each file's times, for the slowest-files list.
    var perFile: [(file: String, ours: Double, theirs: Double, ratio: Double)] = []

    static let header = "folder  files  failed  pages   ours s  theirs s  pages/s   ratio"

    mutating func add(file: String, ours: Double, theirs: Double?, pages: Int, failed: Bool) {
        files += 1
        if let theirs, theirs > 0 { perFile.append((file, ours, theirs, ours / theirs)) }
        self.failed += failed ? 1 : 0
        self.pages += pages
        self.ours += ours
        if let theirs { self.theirs += theirs } else { theirsMissing = true }
    }

    var text: String {
        let pagesPerSecond = pages > 0 && ours > 0 ? String(format: "%.1f", Double(pages) / ours) : "-"
        let ratio = theirs > 0 && !theirsMissing ? String(format: "%.2f×", ours / theirs) : "-"
        return folder.padded(6)
            + String(format: "%7d %7d %6d %8.2f %9.2f", files, failed, pages, ours, theirs)
            + pagesPerSecond.leftPadded(9) + ratio.leftPadded(8)
    }
}
