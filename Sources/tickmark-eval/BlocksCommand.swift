import ArgumentParser
import Foundation
import IngestPipeline
import PDFExtraction
import TableRecognition
import TickmarkModel

/// `tickmark-eval blocks FILE [--page N] [--words]`: the text lines and tables the PDF table
/// finder sees, one line per text block or table row, for eyeballing recognition.
struct BlocksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocks",
        abstract: "Print the text lines and tables recognized in a PDF.")

    @Argument(help: "A PDF file.")
    var file: String

    @Option(help: "Only this 1-based page.")
    var page: Int?

    @Flag(help: "Also print every word with its box, font size and boldness.")
    var words = false

    func run() throws {
        let source = try PDFExtractor().extract(try Intake().read(path: file))
        if words {
            for page in source.pages where self.page == nil || page.number == self.page {
                print("== page \(page.number) words (\(format(page.width)) x \(format(page.height)))")
                for word in page.words {
                    let size = (word.fontSize.map(format) ?? "-") + (word.isBold ? "B" : " ")
                    print("  \(describe(word.bbox))  \(size)  \(word.text)")
                }
            }
        }
        var currentPage = 0
        for block in PDFTableFinder().blocks(for: source.pages) {
            let blockPage = pageNumber(of: block)
            if let page, blockPage != page { continue }
            if blockPage != currentPage {
                currentPage = blockPage
                print("== page \(blockPage)")
            }
            switch block {
            case .text(let text): print("  text  \(text.locator.bbox.map(describe) ?? "")  \(text.text)")
            case .table(let table): printTable(table)
            }
        }
    }

    private func pageNumber(of block: Block) -> Int {
        switch block {
        case .text(let text): text.locator.page ?? 0
        case .table(let table): table.pages.first ?? 0
        }
    }

    private func printTable(_ table: Table) {
        print("  table \(table.index): \(table.rows.count) rows, \(table.columnCount) columns, \(table.locator.bbox.map(describe) ?? "")")
        for (index, row) in table.rows.enumerated() {
            let cells = row.cells.map { cell in
                let columns = cell.span > 1 ? "\(cell.column)-\(cell.lastColumn)" : "\(cell.column)"
                return "[\(columns)] \(cell.text)"
            }
            let marks = "i\(row.indent)" + (row.emphasized ? " B" : "  ")
            print("    r\(String(index).padding(toLength: 3, withPad: " ", startingAt: 0)) \(marks)  \(cells.joined(separator: " | "))")
        }
    }

    private func describe(_ box: BoundingBox) -> String {
        "[\(format(box.x0)) \(format(box.y0)) \(format(box.x1)) \(format(box.y1))]"
    }

    private func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
