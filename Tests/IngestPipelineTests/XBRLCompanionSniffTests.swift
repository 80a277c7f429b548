import Testing
import TickmarkModel

/// Linkbases and schemas beside an XBRL instance are recognised as companions, not documents.
@Suite struct XBRLCompanionSniffTests {
    @Test func linkbasesAndSchemasAreCompanions() {
        let linkbase = #"<?xml version="1.0"?><link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase"></link:linkbase>"#
        let schema = #"<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"></xs:schema>"#
        #expect(FormatSniffer.isXBRLCompanion(Array(linkbase.utf8)))
        #expect(FormatSniffer.isXBRLCompanion(Array(schema.utf8)))
        #expect(FormatSniffer.sniff(Array(linkbase.utf8)) == nil)
    }

    @Test func instancesAreNotCompanions() {
        let instance = #"<?xml version="1.0"?><xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance"></xbrli:xbrl>"#
        #expect(!FormatSniffer.isXBRLCompanion(Array(instance.utf8)))
        #expect(FormatSniffer.sniff(Array(instance.utf8)) == .xbrl)
    }
}
