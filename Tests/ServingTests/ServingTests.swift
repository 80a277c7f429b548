import CorpusStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SampleCorpusSupport
import Testing
import TickmarkModel

/// `cite serve` over the sample filings (one fictional 10-K as PDF, EDGAR HTML, inline XBRL and
/// XBRL instance): every page and API through the router, bad IDs, unknown documents and
/// hostile uploads.
@Suite struct ServingTests {
    let capex = ServedCorpus.capex

    @Test func searchFindsASampleLineWithItsFiltersAndLinksItsFact() async throws {
        try await ServedCorpus.test { client in
            let query = "q=purchases+property+plant+equipment&entity=NWIN&year=2024&statement=cash_flow"
            try await client.execute(uri: "/search?\(query)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("href=\"/facts/\(encoded(ServedCorpus.capex))\""))
                #expect(response.text.contains("(412)"))
            }
            try await client.execute(uri: "/api/search?\(query)", method: .get) { response in
                let hits = try response.json([SQLiteCorpus.RankedHit].self)
                #expect(hits.contains { $0.id == ServedCorpus.capex && $0.fact?.value == "-412000000" && $0.page == 4 })
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok && response.text.contains("<form"))
            }
        }
    }

    @Test func everyAnswerCarriesTheStrictPolicy() async throws {
        try await ServedCorpus.test { client in
            for uri in ["/", "/facts/not-an-id", "/documents/8ec908656146", "/static/tickmark.js", "/no/such/page"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("default-src 'none'; script-src 'self'") == true, "\(uri)")
                    #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(uri)")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "\(uri)")
                }
            }
        }
    }

    @Test func aDocumentPageShowsItsStatementsWithLinkedValues() async throws {
        try await ServedCorpus.test { client in
            try await client.execute(uri: "/documents/8ec908656146", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("northwind-10k-2024.pdf"))
                #expect(response.text.contains("href=\"/facts/\(encoded(ServedCorpus.capex))\">(412)</a>"))
            }
            struct Document: Decodable {
                struct Table: Decodable { var periods: [String] }
                var document: DocumentSummary
                var pageCount: Int?
                var statements: [Table]
            }
            try await client.execute(uri: "/api/documents/8ec908656146", method: .get) { response in
                let document = try response.json(Document.self)
                #expect(document.document.format == "pdf" && document.pageCount == 5)
                #expect(document.statements.contains { $0.periods == ["FY2024", "FY2023"] })
            }
        }
    }

    /// The value's box over the rendered page, in percent of the page's size (the browser test
    /// measures it back in points).
    @Test func aPDFFactShowsItsPageWithTheValueBoxed() async throws {
        let corpus = try await SampleCorpus.corpus()
        let fact = try #require(try corpus.fact(capex))
        let box = try #require(try JSONDecoder().decode(Locator.self, from: Data(fact.locator.utf8)).bbox)
        try await ServedCorpus.test { client in
            struct Page: Decodable {
                struct Source: Decodable { var kind: String; var page: Int?; var pointWidth: Double?; var pointHeight: Double? }
                var source: Source
            }
            let source = try await client.execute(uri: "/api/facts/\(encoded(ServedCorpus.capex))", method: .get) { try $0.json(Page.self).source }
            #expect(source.kind == "pdf" && source.page == 4)
            let width = try #require(source.pointWidth)
            let height = try #require(source.pointHeight)
            try await client.execute(uri: "/facts/\(encoded(ServedCorpus.capex))", method: .get) { response in
                let page = response.text
                #expect(response.status == .ok)
                #expect(page.contains("<div id=\"tm-source\" data-kind=\"pdf\" data-page=\"4\""))
                #expect(page.contains("<img id=\"tm-page\" src=\"/documents/8ec908656146/pages/4.png?dpi=110\""))
                #expect(page.contains("id=\"tm-highlight\" class=\"tm-box\" data-left=\"\(String(format: "%.3f%%", box.x0 / width * 100))\" "
                    + "data-top=\"\(String(format: "%.3f%%", box.y0 / height * 100))\""))
                #expect(page.contains("tm-row"), "the line's other year on the same page")
                #expect(page.contains("class=\"tm-current\""), "the statement's rows around the line")
                #expect(page.contains("equal"), "the same value in the other formats")
            }
            try await client.execute(uri: "/documents/8ec908656146/pages/4.png?dpi=110", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "image/png")
                #expect(response.headers[.cacheControl]?.contains("max-age") == true)
                #expect(Array(response.body.readableBytesView.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            }
        }
    }

    @Test func anHTMLFactFramesTheSanitizedFiling() async throws {
        try await ServedCorpus.test { client in
            for id in ["31dc4157bb1c:income:revenue/products@FY2024", "4cad2aaeea71:income:nwin:ProductRevenue@FY2024"] {
                let document = String(id.prefix(12))
                try await client.execute(uri: "/facts/\(encoded(id))", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("<div id=\"tm-source\" data-kind=\"html\"><iframe id=\"tm-filing\" sandbox=\"allow-same-origin\" "
                        + "src=\"/documents/\(document)/source?fact="))
                }
                try await client.execute(uri: "/documents/\(document)/source?fact=\(encoded(id).replacingOccurrences(of: "/", with: "%2F"))",
                                         method: .get) { response in
                    #expect(response.status == .ok)
                    let policy = response.headers[HTTPField.Name("Content-Security-Policy")!]
                    #expect(policy == "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox allow-same-origin")
                    #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                }
            }
        }
    }

    @Test func anXBRLInstanceFactShowsItsElement() async throws {
        try await ServedCorpus.test { client in
            try await client.execute(uri: "/facts/282a00110162:income:us-gaap:Revenues@FY2024", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<div id=\"tm-source\" data-kind=\"xbrl\">"))
                #expect(response.text.contains("<pre class=\"tm-xbrl-fact\">"))
            }
        }
    }

    @Test func anAliasResolvesAndSaysSo() async throws {
        try await ServedCorpus.test { client in
            try await client.execute(uri: "/facts/\(encoded(ServedCorpus.renamedCapex))", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("is an alias (renamed by a rebuild) of <code>\(ServedCorpus.capex)</code>"))
            }
            struct Detail: Decodable { var detail: Inner; struct Inner: Decodable { var requested: String; var resolved: String } }
            try await client.execute(uri: "/api/facts/\(encoded(ServedCorpus.renamedCapex))", method: .get) { response in
                let detail = try response.json(Detail.self).detail
                #expect(detail.requested == ServedCorpus.renamedCapex && detail.resolved == ServedCorpus.capex)
            }
        }
    }

    @Test func badIDsUnknownDocumentsAndPagesOutOfRangeAreClear4xx() async throws {
        try await ServedCorpus.test { client in
            let cases: [(String, HTTPResponse.Status)] = [
                ("/facts/not-an-id", .badRequest),
                ("/facts/8ec908656146:cash_flow", .badRequest),
                ("/facts/8ec908656146:cash_flow:no-such-line@FY2024", .notFound),
                ("/api/facts/8ec908656146:cash_flow:no-such-line@FY2024", .notFound),
                ("/documents/000000000000", .notFound),
                ("/documents/ABC", .badRequest),
                ("/documents/8ec908656146/pages/0.png", .notFound),
                ("/documents/8ec908656146/pages/9999.png", .notFound),
                ("/documents/8ec908656146/pages/x.png", .notFound),
                ("/documents/8ec908656146/pages/1.png?dpi=100000", .badRequest),
                ("/documents/31dc4157bb1c/pages/1.png", .notFound),
                ("/documents/8ec908656146/source", .notFound),
                ("/documents/31dc4157bb1c/source?fact=\(encoded(ServedCorpus.capex))", .notFound),
                ("/documents/..%2F..%2Fetc%2Fpasswd/source", .badRequest),
                ("/documents/..%2F..%2Fetc%2Fpasswd/pages/1.png", .badRequest),
                ("/documents/%2Fetc%2Fpasswd", .badRequest),
                ("/facts/..%2F..%2Fetc%2Fpasswd", .badRequest),
            ]
            for (uri, status) in cases {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status, "\(uri)")
                    if uri.hasPrefix("/api/") {
                        #expect(response.headers[.contentType]?.hasPrefix("application/json") == true, "\(uri)")
                    } else {
                        #expect(response.text.contains("<h1>\(status.code)"), "\(uri)")
                    }
                }
            }
            try await client.execute(uri: "/documents/../../etc/passwd", method: .get) { response in
                #expect((400..<500).contains(response.status.code))
                #expect(!response.text.contains("root:"))
            }
        }
    }

    @Test func aSampleTaskIsCheckedCriterionByCriterion() async throws {
        let yaml = try String(contentsOfFile: SampleCorpus.taskFolder + "/nwin-free-cash-flow-2024.yaml", encoding: .utf8)
        try await ServedCorpus.test { client in
            struct Result: Decodable {
                struct Report: Decodable { var task: String; var criteria: [Criterion] }
                struct Criterion: Decodable { var index: Int; var problems: [Problem] }
                struct Problem: Decodable { var kind: String }
                var passed: Bool
                var report: Report
            }
            try await client.execute(uri: "/api/tasks", method: .post, body: ByteBuffer(string: yaml)) { response in
                let result = try response.json(Result.self)
                #expect(result.passed && result.report.task == "nwin-free-cash-flow-2024")
                #expect(result.report.criteria.map(\.index) == [1, 2] && result.report.criteria.allSatisfy { $0.problems.isEmpty })
            }
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            let form = "yaml=" + (yaml.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
            try await client.execute(uri: "/tasks", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: form)) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("all right"))
                #expect(response.text.contains("href=\"/facts/\(encoded(ServedCorpus.capex))\""))
            }
            try await client.execute(uri: "/tasks", method: .get) { response in
                #expect(response.text.contains("<textarea name=\"yaml\""))
            }
        }
    }

    @Test func hostileUploadsAreRefusedWithAReason() async throws {
        try await ServedCorpus.test { client in
            let oversize = String(repeating: "a", count: 300 * 1024)
            try await client.execute(uri: "/tasks", method: .post, body: ByteBuffer(string: oversize)) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.text.contains("<h1>413"))
            }
            try await client.execute(uri: "/tasks", method: .post, body: ByteBuffer(string: "id: [unclosed\n  : {{")) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("not a task file"))
            }
            let script = "id: \"<script>alert(1)</script>\"\nprompt: x\nsources: []\ncriteria: []\n"
            try await client.execute(uri: "/tasks", method: .post, body: ByteBuffer(string: script)) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("<script>alert") && response.text.contains("&lt;script&gt;alert(1)"))
            }
            try await client.execute(uri: "/api/tasks", method: .post, body: ByteBuffer(bytes: [0xFF, 0xFE, 0x00, 0x01])) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            }
        }
    }
}
