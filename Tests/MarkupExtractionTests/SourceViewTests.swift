import Foundation
import Testing
import TestSupport
import TickmarkModel
@testable import MarkupExtraction

/// The source view of real filings: the value the extractor located is the element marked
/// `tm-value` in the sanitized page, for an EDGAR HTML filing, an inline XBRL filing and an old
/// SGML text submission; an XBRL instance fact comes with its context and unit.
@Suite(.enabled(if: SharedCorpus.isAvailable, "the shared corpus of real filings is absent"))
struct SourceViewRealFilingsTests {
    /// The locator of the first table cell printing `value` on a row whose label starts with `label`.
    private func locator(in relative: String, label: String, value: String, tagged: Bool = false) throws -> Locator {
        let url = URL(fileURLWithPath: SharedCorpus.path(relative))
        let bytes = Array(try Data(contentsOf: url))
        let file = SourceFile(path: url.path, bytes: bytes, sha256: "", format: try #require(FormatSniffer.sniff(bytes)))
        let rows = tables(try MarkupExtractor().extract(file)).flatMap(\.rows)
        let isValue = { (cell: TableCell) in cell.text.hasSuffix(value) && (!tagged || cell.locator.element != nil) }
        let row = try #require(rows.first { row in row.cells.first?.text.hasPrefix(label) == true && row.cells.contains(where: isValue) })
        return try #require(row.cells.first(where: isValue)).locator
    }

    /// The text of the element marked as the value, read back with the extractor's HTML parser.
    private func highlightedText(_ relative: String, _ locator: Locator) throws -> String? {
        let source = try SourceView.sanitizedHTML(file: URL(fileURLWithPath: SharedCorpus.path(relative)), highlight: locator)
        #expect(source.highlighted)
        #expect(source.html.hasPrefix("<!DOCTYPE html>"))
        #expect(source.html.contains("<meta charset=\"utf-8\">"))
        let root = try LibXML.parseHTML(Array(source.html.utf8), file: relative, limits: MarkupLimits())
        var marked: [MarkupNode] = []
        root.forEachElement { if $0.attribute("id") == "tm-value" { marked.append($0) } }
        #expect(marked.count == 1)
        #expect(marked.first?.attribute("class")?.split(separator: " ").contains("tm-value") == true)
        return marked.first?.textContent.foldedWhitespace
    }

    @Test func edgarHTMLCellOfA2002TenK() throws {
        let located = try locator(in: "html/INTC_10K_2002.htm", label: "Net revenue", value: "26,764")
        #expect(located.path != nil)
        let text = try highlightedText("html/INTC_10K_2002.htm", located)
        #expect(text?.hasSuffix("26,764") == true && text?.count ?? 0 <= 9, "\(text ?? "nil")")
    }

    @Test func inlineXBRLFactOfA2024TenK() throws {
        let located = try locator(in: "ixbrl/NVDA_10K_FY2024.htm", label: "Revenue", value: "60,922", tagged: true)
        #expect(located.element != nil && located.contextRef != nil)
        #expect(try highlightedText("ixbrl/NVDA_10K_FY2024.htm", located) == "60,922")
    }

    /// A 1994 full-submission text file: the value's characters inside the SGML `<TABLE>` text.
    @Test func sgmlTextSubmissionValueOf1993() throws {
        let located = try locator(in: "html/GE_10K_1993.txt", label: "Total revenues", value: "60,562")
        #expect(located.textRange.map { $0.end - $0.start } == 6)
        let source = try SourceView.sanitizedHTML(file: URL(fileURLWithPath: SharedCorpus.path("html/GE_10K_1993.txt")), highlight: located)
        #expect(source.highlighted)
        #expect(source.html.contains("<pre>"))
        #expect(source.html.contains("<mark id=\"tm-value\" class=\"tm-value\">60,562</mark>"))
        let line = try #require(source.html.split(separator: "\n").first { $0.contains("tm-value") })
        #expect(line.contains("Total revenues"))
    }

    @Test func xbrlInstanceFactWithContextAndUnit() throws {
        let url = URL(fileURLWithPath: SharedCorpus.path("xbrl/AAPL_10K_FY2022/aapl-20220924_htm.xml"))
        let bytes = Array(try Data(contentsOf: url))
        let facts = try MarkupExtractor().extract(SourceFile(path: url.path, bytes: bytes, sha256: "", format: .xbrl)).xbrl?.facts ?? []
        let fact = try #require(facts.first { $0.concept == "us-gaap:NetIncomeLoss" && $0.unitRef != nil })
        let source = try SourceView.xbrlFact(file: url, locator: Locator(concept: fact.concept, contextRef: fact.contextRef,
                                                                         unitRef: fact.unitRef, element: fact.element))
        #expect(source.fact.contains("us-gaap:NetIncomeLoss") && source.fact.contains(fact.value ?? "?"))
        #expect(source.context?.contains("id=\"\(fact.contextRef)\"") == true)
        #expect(source.unit?.contains("id=\"\(fact.unitRef ?? "")\"") == true)
        #expect(throws: SourceViewError.factNotFound(element: "us-gaap:Nothing[1]")) {
            try SourceView.xbrlFact(file: url, locator: Locator(element: "us-gaap:Nothing[1]"))
        }
    }
}

/// A hostile filing comes out of the source view with nothing that runs or loads.
@Suite struct SourceViewSanitizingTests {
    private let hostile = """
    <html><head><title>Filing</title>
    <meta http-equiv="refresh" content="0;url=https://evil.example/">
    <link rel="stylesheet" href="http://evil.example/x.css"><base href="https://evil.example/">
    <style>body { background: url(http://evil.example/bg.png) } td { color: red }</style>
    <script>alert('script')</script></head>
    <body onload="alert('onload')">
    <p style="background:url(http://evil.example/p.png); display:block">Net sales</p>
    <a href="javascript:alert('href')">link</a> <a href="#part2">part 2</a>
    <img src="https://evil.example/track.gif"> <img src="data:image/png;base64,iVBORw0KGgo=">
    <img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">
    <iframe src="https://evil.example/"></iframe><object data="x.swf"></object><embed src="x.swf">
    <form action="https://evil.example/"><input type="submit" formaction="https://evil.example/"></form>
    <svg><script>alert('svg')</script></svg>
    <table><tr><td onclick="alert('td')" id="tm-value">Revenue</td><td>1,234</td></tr></table>
    </body></html>
    """

    @Test func nothingRunsOrLoads() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).htm")
        try hostile.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let cell = try #require(tables(try extract(hostile, as: .html)).first?.rows.first?.cells.last)
        #expect(cell.text == "1,234")
        let html = try SourceView.sanitizedHTML(file: url, highlight: cell.locator).html
        for banned in ["<script", "alert", "evil.example", "javascript:", "<iframe", "<object", "<embed", "<link", "<base",
                       "http-equiv", "<form", "formaction", "svg", "url("] {
            #expect(!html.lowercased().contains(banned), "\(banned) survived")
        }
        #expect(html.contains("href=\"#part2\""))
        #expect(html.contains("src=\"data:image/png;base64,iVBORw0KGgo=\""))
        #expect(html.contains("td { color: red }"))
        #expect(html.contains("display:block"))
        let root = try LibXML.parseHTML(Array(html.utf8), file: "sanitized", limits: MarkupLimits())
        var marked: [String] = []
        root.forEachElement { node in
            #expect(!node.attributes.contains { $0.name.lowercased().hasPrefix("on") })
            if node.attribute("id") == "tm-value" { marked.append(node.textContent) }
        }
        #expect(marked == ["1,234"])
    }
}
