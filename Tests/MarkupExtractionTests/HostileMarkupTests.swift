import Testing
import TickmarkModel
@testable import MarkupExtraction

/// Hostile files must fail fast with a clear error, never hang, read local files or eat memory.
@Suite struct HostileMarkupTests {
    private func kind(_ markup: String, as format: FileFormat, limits: MarkupLimits = MarkupLimits()) -> IngestError.Kind? {
        do {
            _ = try extract(markup, as: format, limits: limits)
            return nil
        } catch {
            return error.kind
        }
    }

    @Test func externalEntityIsRefused() {
        let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE xbrl [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <xbrl xmlns="http://www.xbrl.org/2003/instance"><context id="c">&xxe;</context></xbrl>
        """
        #expect(kind(xxe, as: .xbrl) == .unsafeMarkup)
        #expect(kind(xxe, as: .ixbrl) == .unsafeMarkup)
        #expect(kind(xxe, as: .html) == .unsafeMarkup)
    }

    @Test func billionLaughsIsRefused() {
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let bomb = "<?xml version=\"1.0\"?><!DOCTYPE xbrl [\(entities)]><xbrl>&lol9;</xbrl>"
        #expect(kind(bomb, as: .xbrl) == .unsafeMarkup)
    }

    @Test func deepNestingIsRefused() {
        let depth = 100_000
        let xml = "<?xml version=\"1.0\"?><xbrl>" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</xbrl>"
        #expect(kind(xml, as: .xbrl) == .unsafeMarkup)
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "x</body></html>"
        #expect(kind(html, as: .html) == .unsafeMarkup)
    }

    @Test func overSizeFileIsRefused() {
        let big = "<html><body>" + String(repeating: "<p>filler</p>", count: 10_000) + "</body></html>"
        #expect(kind(big, as: .html, limits: MarkupLimits(maximumBytes: 64 * 1024)) == .tooLarge)
    }

    @Test func noNetworkIsTouched() {
        // An external DTD by URL is neither fetched nor needed: the document still reads.
        let markup = """
        <?xml version="1.0"?>
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://203.0.113.1/never.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml"><body><p>ok</p></body></html>
        """
        #expect(kind(markup, as: .html) == nil)
    }
}
