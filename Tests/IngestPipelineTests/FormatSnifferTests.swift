import Testing
import TickmarkModel
@testable import IngestPipeline

@Suite struct FormatSnifferTests {
    private func sniff(_ s: String) -> FileFormat? { FormatSniffer.sniff(Array(s.utf8)) }

    @Test func formatsComeFromContentNotNames() {
        #expect(sniff("%PDF-1.7\n%âãÏÓ") == .pdf)
        #expect(sniff("<?xml version=\"1.0\"?><html xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\"><ix:header/>") == .ixbrl)
        #expect(sniff("<?xml version=\"1.0\"?><xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\">") == .xbrl)
        #expect(sniff("<xbrl xmlns=\"http://www.xbrl.org/2003/instance\">") == .xbrl)
        #expect(sniff("<HTML><BODY><TABLE><TR><TD>1</TD></TR></TABLE>") == .html)
        #expect(sniff("<DOCUMENT>\n<TYPE>10-K\n<TEXT>\n<PRE>") == .html)
        #expect(sniff("hello, world") == nil)
        #expect(sniff("PK\u{3}\u{4}zip") == nil)
    }

    @Test func intakeRejectsEmptyAndUnknownBytes() {
        #expect(throws: IngestError(.empty, file: "a.pdf", reason: "file is empty")) {
            try Intake().make(path: "a.pdf", bytes: [])
        }
        #expect(performing: { try Intake().make(path: "x.pdf", bytes: Array("not a filing".utf8)) },
                throws: { ($0 as? IngestError)?.kind == .unsupportedFormat })
    }

    @Test func intakeDigestsBytes() throws {
        let file = try Intake().make(path: "a.htm", bytes: Array("<html></html>".utf8))
        #expect(file.format == .html)
        #expect(file.sha256 == "b633a587c652d02386c4f16f8c6f6aab7352d97f16367c3c40576214372dd628")
    }
}
