import CorpusStore
import Foundation
import TestSupport
import Testing
import TickmarkModel

/// The fact page of `cite serve` opened in a real headless Chromium: the value is highlighted
/// where it is printed (a PDF page rendered by poppler, an EDGAR HTML cell, an inline XBRL
/// fact), a screenshot of each goes into `.build/browser-screenshots/`, and a filing's scripts
/// never run. What the browser measured comes back through the page's own script, which writes
/// it on `<body data-tm-…>`.
@Suite(.serialized, .enabled(if: SharedCorpus.isAvailable && HeadlessChromium.find() != nil))
struct SourceHighlightBrowserTests {
    private let browser = HeadlessChromium.find()!

    @Test func aPDFValueIsBoxedWherePopplerReadsItOnTheRenderedPage() async throws {
        let served = try await ServedCorpus.shared()
        let fact = try Self.balanceSheetFact(of: ServedCorpus.pdf, in: served.corpus)
        let page = try #require(fact.page)
        let body = try open(fact, served: served, screenshot: "pdf")
        #expect(body["source-kind"] == "pdf")
        let box = try #require(body["tm-highlight-box"]?.split(separator: ",").compactMap { Double($0) }, "the page measured its highlight")
        try #require(box.count == 4)
        let words = try PrintedWord.on(page: page, of: SharedCorpus.path(ServedCorpus.pdf))
        let printed = try #require(fact.printed)
        let covered = words.filter { $0.text.digits == printed.digits && $0.coverage(by: box) > 0.5 }
        #expect(!covered.isEmpty, "the highlight \(box) covers \(printed) as pdftotext reads it on page \(page)")
    }

    @Test func anEDGARHTMLCellIsHighlightedInTheServedFiling() async throws {
        let served = try await ServedCorpus.shared()
        let fact = try Self.balanceSheetFact(of: ServedCorpus.edgarHTML, in: served.corpus)
        let body = try open(fact, served: served, screenshot: "edgar-html")
        #expect(body["source-kind"] == "html")
        #expect(body["tm-highlight-text"]?.digits == fact.printed?.digits, "the highlighted cell prints \(fact.printed ?? "?")")
    }

    @Test func anInlineXBRLFactIsHighlightedInTheServedFiling() async throws {
        let served = try await ServedCorpus.shared()
        let fact = try Self.balanceSheetFact(of: ServedCorpus.inlineXBRL, in: served.corpus)
        let body = try open(fact, served: served, screenshot: "inline-xbrl")
        #expect(body["source-kind"] == "html")
        #expect(body["tm-highlight-text"]?.digits == fact.printed?.digits, "the highlighted fact prints \(fact.printed ?? "?")")
    }

    @Test func noScriptOfAFilingRuns() async throws {
        let served = try await ServedCorpus.shared()
        let fact = try Self.balanceSheetFact(of: served.hostileFile, in: served.corpus)
        let body = try open(fact, served: served, screenshot: "hostile-html")
        #expect(body["tm-filing-marker"] == "none", "no filing script marked the page")
        #expect(body["tm-filing-scripts"] == "0", "the served filing holds no script element")
        #expect(body["tm-highlight-text"]?.digits == fact.printed?.digits)
    }

    /// Opens the fact page, saves a screenshot, and returns the `data-…` attributes of `<body>`
    /// after the page's script ran (plus `source-kind`, the kind of source shown).
    private func open(_ fact: CitedFact, served: ServedCorpus, screenshot name: String) throws -> [String: String] {
        let id = try #require(fact.id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed))
        let url = "\(served.baseURL)/facts/\(id)"
        let dom = try browser.dom(of: url)
        var body = PageData.bodyAttributes(in: dom)
        #expect(body["tm-ready"] == "1", "the page's script finished on \(url)")
        body["source-kind"] = PageData.sourceKind(in: dom)
        let folder = SharedCorpus.packageRoot.appendingPathComponent(".build/browser-screenshots")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("\(name).png")
        try browser.screenshot(of: url, to: file)
        let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
        #expect(size > 10_000, "a screenshot of \(url) in \(file.path)")
        return body
    }

    /// A balance-sheet value of the document read from `file`, printed with at least four digits
    /// (so that its printed form is distinctive on the page).
    private static func balanceSheetFact(of file: String, in corpus: SQLiteCorpus) throws -> CitedFact {
        let name = URL(fileURLWithPath: file).lastPathComponent
        let document = try #require(try corpus.documentSummaries().first { $0.file == name }, "\(name) is in the corpus")
        let balance = try #require(try corpus.statements(ofDocument: document.id).first { $0.kind == "balance" },
                                   "\(file) has a balance sheet")
        return try #require(try corpus.facts(ofStatement: balance.id).first { ($0.printed?.digits.count ?? 0) >= 4 },
                            "its balance sheet has a value of four digits or more")
    }
}

/// Fails when CI requires the browser tests and Chromium is missing: never a silent skip there.
@Suite struct BrowserPresence {
    @Test func chromiumIsPresentWhenRequired() {
        if HeadlessChromium.isRequired {
            #expect(HeadlessChromium.find() != nil, "TICKMARK_REQUIRE_BROWSER=1 but no chromium on the PATH")
        }
    }
}
