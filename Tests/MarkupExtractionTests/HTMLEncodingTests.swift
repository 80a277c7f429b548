import Testing
import TickmarkModel
@testable import MarkupExtraction

@Suite struct HTMLEncodingTests {
    /// Three lines of UTF-8 with no charset declared: the dash stays a dash (not `â€”`).
    @Test func undeclaredUTF8IsReadAsUTF8() throws {
        let markup = "<html><body>\n<p>Revenue — net</p>\n</body></html>\n"
        let document = try extract(markup, as: .html)
        #expect(texts(document) == ["Revenue — net"])
    }

    @Test func undeclaredNonUTF8IsReadAsWindows1252() throws {
        // 0x97 is Windows-1252's em dash; 0x93/0x94 its curly quotes.
        let bytes = Array("<html><body><p>Revenue ".utf8) + [0x97, 0x20, 0x93, 0x6E, 0x65, 0x74, 0x94]
            + Array("</p></body></html>".utf8)
        let document = try MarkupExtractor().extract(SourceFile(path: "test-input", bytes: bytes, sha256: "", format: .html))
        #expect(texts(document) == ["Revenue — “net”"])
    }

    @Test func declarationsAndMarksDecide() {
        #expect(HTMLEncoding.detect([0xEF, 0xBB, 0xBF] + Array("<p>x</p>".utf8)) == "UTF-8")
        #expect(HTMLEncoding.detect([0xFF, 0xFE, 0x3C, 0x00]) == "UTF-16LE")
        #expect(HTMLEncoding.detect(Array("<html><head><META CHARSET=\"Shift_JIS\"></head>".utf8)) == "shift_jis")
        let httpEquiv = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
        #expect(HTMLEncoding.detect(Array(httpEquiv.utf8) + [0xE9]) == "utf-8")
        let xml = "<?xml version=\"1.0\" encoding='ISO-8859-1'?><html/>"
        #expect(HTMLEncoding.detect(Array(xml.utf8)) == "windows-1252")
        #expect(HTMLEncoding.detect(Array("<p>plain</p>".utf8)) == "UTF-8")
        #expect(HTMLEncoding.detect(Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8)) == "windows-1252")
    }

    /// A declared charset wins over the bytes: Latin-1 `é` read as declared.
    @Test func declaredCharsetIsUsed() throws {
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf".utf8) + [0xE9]
            + Array("</p></body></html>".utf8)
        let document = try MarkupExtractor().extract(SourceFile(path: "test-input", bytes: bytes, sha256: "", format: .html))
        #expect(texts(document) == ["café"])
    }

    /// A charset libxml2 does not know is ignored, not an error.
    @Test func unknownCharsetStillParses() throws {
        let document = try extract("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>Net sales</p></body></html>",
                                   as: .html)
        #expect(texts(document) == ["Net sales"])
    }
}
