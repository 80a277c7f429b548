import Testing
import TickmarkModel
import StatementRecognition

/// Narrative passages of a 10-K's PDF pages (one text block per printed line) and of an EDGAR
/// HTML filing (one block per element).
@Suite struct PassageReaderTests {
    /// A printed line of a PDF page: 10 pt type on 12 pt leading, from the left margin.
    private static func line(_ text: String, page: Int, row: Int, width: Double = 500) -> Block {
        let top = 50 + Double(row) * 12
        return .text(TextBlock(text: text, locator: .pdf(page: page, bbox: BoundingBox(x0: 50, y0: top, x1: 50 + width, y1: top + 10))))
    }

    @Test func pdfLinesFormParagraphsWithoutPageFurniture() {
        var blocks: [Block] = []
        for page in 1...3 {
            blocks.append(Self.line("Table of Contents", page: page, row: 0))
            let quarter = ["first", "second", "third"][page - 1]
            blocks.append(Self.line("Our business faces risks that could affect results of the \(quarter) quarter and the", page: page, row: 2))
            blocks.append(Self.line("value of our common stock in page \(page).", page: page, row: 3, width: 200))
            blocks.append(Self.line("Major products include tapes, films and adhesives for many markets.", page: page, row: 4, width: 300))
            blocks.append(Self.line("2018 2017 2016", page: page, row: 6))
            blocks.append(Self.line("3M Company | 2018 Form 10-K | \(page + 20)", page: page, row: 60))
        }
        let passages = PassageReader().passages(in: blocks)
        #expect(passages.count == 6)
        #expect(passages[0].text == "Our business faces risks that could affect results of the first quarter and the value of our common stock in page 1.")
        #expect(passages[0].locator.page == 1)
        #expect(passages[0].locator.bbox == BoundingBox(x0: 50, y0: 74, x1: 550, y1: 96))
        #expect(passages[1].text == "Major products include tapes, films and adhesives for many markets.")
        #expect(!passages.contains { $0.text.contains("Table of Contents") || $0.text.contains("Form 10-K") })
    }

    @Test func longHTMLTextIsCutAtSentenceEnds() {
        let sentence = "Bauxite production increased in the second quarter compared with the corresponding period. "
        let text = String(repeating: sentence, count: 60).trimmingCharacters(in: .whitespaces)
        let path = "/html/body/div[4]/p[2]"
        let passages = PassageReader().passages(in: [.text(TextBlock(text: text, locator: Locator(path: path)))])
        #expect(passages.count > 1)
        #expect(passages.allSatisfy { $0.text.utf8.count <= PassageReader.maximumLength && $0.text.hasSuffix(".") })
        #expect(passages.map(\.text).joined(separator: " ") == text)
        #expect(passages.allSatisfy { $0.locator.path == path })
    }
}
