import Foundation
import Testing
import TestSupport
import TickmarkModel
@testable import PDFExtraction

@Suite struct PDFExtractorTests {
    private func source(_ bytes: [UInt8], path: String = "test.pdf") -> SourceFile {
        SourceFile(path: path, bytes: bytes, sha256: "", format: .pdf)
    }

    @Test func wordsAndBoxesOfAHandWrittenPage() throws {
        let bytes = TinyPDF.make(texts: [
            .init(string: "Net sales", x: 20, baseline: 150),
            .init(string: "32,765", x: 200, baseline: 150),
            .init(string: "Small", x: 20, baseline: 100, size: 10),
        ])
        let document = try PDFExtractor().extract(source(bytes))
        #expect(document.pages.count == 1)
        let page = try #require(document.pages.first)
        #expect(page.number == 1)
        #expect(page.width == 300)
        #expect(page.height == 200)
        // Poppler orders words by text flow; compare as a set and look words up by text.
        #expect(Set(page.words.map(\.text)) == ["Net", "sales", "32,765", "Small"])
        let net = try #require(page.words.first { $0.text == "Net" })
        let amount = try #require(page.words.first { $0.text == "32,765" })
        let small = try #require(page.words.first { $0.text == "Small" })
        // Top-left origin: baseline 150 on a 200 pt page is 50 pt from the top.
        #expect(abs(net.bbox.x0 - 20) < 0.5)
        #expect(net.bbox.y0 < 50 && net.bbox.y1 > 48 && net.bbox.y1 < 54)
        #expect(abs(amount.bbox.x0 - 200) < 0.5)
        #expect(abs(amount.bbox.y1 - net.bbox.y1) < 0.01)
        #expect(net.fontSize == 12)
        #expect(small.fontSize == 10)
        #expect(small.bbox.y0 > net.bbox.y1)
        #expect(!net.isBold)
    }

    @Test func glyphsFarApartOnOneLineAreSeparateWords() {
        func glyph(_ c: Unicode.Scalar, _ x: Double) -> Glyph {
            Glyph(scalar: c, x0: x, y0: 10, x1: x + 5, y1: 20, fontSize: 10, isBold: false)
        }
        let glyphs = [glyph("1", 0), glyph("2", 5), glyph("3", 30), glyph("4", 35), glyph(" ", 40), glyph("5", 45)]
        let words = WordBuilder().words(from: glyphs)
        #expect(words.map(\.text) == ["12", "34", "5"])
        #expect(words[1].bbox == BoundingBox(x0: 30, y0: 10, x1: 40, y1: 20))
    }

    @Test func aFootnoteDigitGluedToAWordIsLeftOut() {
        func glyph(_ c: Unicode.Scalar, _ x: Double, size: Double = 8, bottom: Double = 20) -> Glyph {
            Glyph(scalar: c, x0: x, y0: bottom - size, x1: x + 4, y1: bottom, fontSize: size, isBold: false)
        }
        // "income¹" then "54,135" far right: the raised small 1 goes, the amount stays whole.
        let glyphs = [glyph("i", 0), glyph("n", 4), glyph("e", 8), glyph("1", 12, size: 5.2, bottom: 16),
                      glyph(" ", 16), glyph("5", 100), glyph("4", 104)]
        #expect(WordBuilder().words(from: glyphs).map(\.text) == ["ine", "54"])
        // A number set apart after a word on the same baseline is never a mark.
        let apart = [glyph("t", 0), glyph("3", 40), glyph("7", 44)]
        #expect(WordBuilder().words(from: apart).map(\.text) == ["t", "37"])
    }

    @Test func aSpaceInsideAWordIsIgnoredButARealSpaceIsKept() {
        func glyph(_ c: Unicode.Scalar, _ x0: Double, _ x1: Double) -> Glyph {
            Glyph(scalar: c, x0: x0, y0: 10, x1: x1, y1: 20, fontSize: 10, isBold: true)
        }
        // "Incom e": the space's neighbours are 1 pt apart; "of Income": 2.8 pt (a real space).
        let glyphs = [glyph("o", 0, 5), glyph("f", 5, 8), glyph(" ", 8, 10.8), glyph("I", 10.8, 13),
                      glyph("m", 13, 20), glyph(" ", 20, 21), glyph("e", 21, 26)]
        let words = WordBuilder().words(from: glyphs)
        #expect(words.map(\.text) == ["of", "Ime"])
        #expect(words.allSatisfy { $0.isBold })
    }

    @Test func encryptedPDFIsReportedAsEncrypted() throws {
        let url = try #require(Bundle.module.url(forResource: "encrypted", withExtension: "pdf", subdirectory: "Fixtures"))
        let bytes = try [UInt8](Data(contentsOf: url))
        do {
            _ = try PDFExtractor().extract(source(bytes))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .encrypted)
        }
    }

    @Test func garbageAfterHeaderIsDamaged() {
        let bytes = Array("%PDF-1.7\nthis is not a pdf at all\n".utf8)
        do {
            _ = try PDFExtractor().extract(source(bytes))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .damaged)
        }
    }

    @Test func pdfCutBeforeItsHeaderEndsIsDamaged() {
        let full = TinyPDF.make(texts: [.init(string: "Hello", x: 20, baseline: 150)])
        do {
            _ = try PDFExtractor().extract(source(Array(full.prefix(40))))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .damaged)
        }
    }

    /// Poppler rebuilds the cross-reference table when the trailer is there but the end is cut.
    @Test func pdfTruncatedBeforeStartxrefIsRepaired() throws {
        let full = TinyPDF.make(texts: [.init(string: "Hello", x: 20, baseline: 150)])
        let text = String(decoding: full, as: UTF8.self)
        let startxref = try #require(text.range(of: "startxref"))
        let cut = text.utf8.distance(from: text.startIndex, to: startxref.lowerBound)
        let document = try PDFExtractor().extract(source(Array(full.prefix(cut))))
        #expect(document.pages.first?.words.map(\.text) == ["Hello"])
    }

    /// Without a trailer, poppler 22 cannot rebuild the file: a damaged-file error, no crash.
    @Test func pdfTruncatedInItsBodyIsDamaged() throws {
        let full = TinyPDF.make(texts: [.init(string: "Hello", x: 20, baseline: 150)])
        do {
            _ = try PDFExtractor().extract(source(Array(full.prefix(full.count * 2 / 3))))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .damaged)
        }
    }
}
