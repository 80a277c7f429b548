import ArgumentParser
import Foundation
import PDFExtraction

/// `tickmark-eval render-benchmark`: the source view's page images — `PageRenderer` (poppler +
/// cairo, one document opened per page, empty cache) against whole `pdftoppm -r DPI -png -f N -l N`
/// processes on the same pages in the same run — median and slowest milliseconds per page.
struct RenderBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-benchmark",
        abstract: "Time PageRenderer against pdftoppm -png on the first pages of shared PDFs (target < 300 ms a page).")

    @OptionGroup var corpus: SharedCorpusOptions

    @Option(name: .long, help: "PDFs of the shared corpus (under filings/pdf).")
    var files: [String] = ["MMM_10K_2018.pdf", "AXP_10K_2022.pdf", "JPM_10Q_2022Q2.pdf", "BAC_SUPP_2023Q2.pdf", "CM_6K_2023Q3.pdf"]

    @Option(name: .long, help: "Pages from the first of each file.")
    var pages = 20

    @Option(name: .long, help: "Dots per inch.")
    var resolution = 110

    func run() throws {
        try corpus.requireFilings()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-render-benchmark-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let renderer = PageRenderer(cacheDirectory: scratch.appendingPathComponent("cache"))
        var ours: [Double] = []
        var theirs: [Double] = []
        let clock = ContinuousClock()
        for (n, name) in files.enumerated() {
            let file = corpus.filings.appendingPathComponent("pdf").appendingPathComponent(name)
            let hash = String(format: "%064x", n)
            for page in 1...pages {
                let start = clock.now
                do { _ = try renderer.render(file: file, sha256: hash, page: page, resolution: resolution) } catch {
                    Console.note("\(name) page \(page): \(error)")
                    break
                }
                ours.append((clock.now - start).seconds * 1000)
                let output = scratch.appendingPathComponent("pdftoppm").path
                let run = ChildProcess.run(["pdftoppm", "-r", "\(resolution)", "-png", "-f", "\(page)", "-l", "\(page)", file.path, output])
                if let run, run.exitStatus == 0 { theirs.append(run.seconds * 1000) }
            }
            Console.note("[\(n + 1)/\(files.count)] \(name)")
        }
        print("pages rendered at \(resolution) dpi: \(ours.count) (first \(pages) of \(files.count) PDFs)")
        print(String(format: "PageRenderer (in process)  median %.0f ms  max %.0f ms", Self.median(ours), ours.max() ?? 0))
        print(String(format: "pdftoppm -png (processes)  median %.0f ms  max %.0f ms", Self.median(theirs), theirs.max() ?? 0))
        print("target: a page renders in < 300 ms")
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
