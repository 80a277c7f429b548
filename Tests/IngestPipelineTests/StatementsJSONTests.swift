import Foundation
import IngestPipeline
import Testing
import TickmarkModel

/// statements.json is written without `JSONEncoder`; its bytes must stay those `JSONEncoder`
/// writes (sorted keys, pretty printed, slashes unescaped), so the encoder is the oracle here.
@Suite struct StatementsJSONTests {
    private static func oracle(_ file: StatementsFile) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(file) + Data([0x0A])
    }

    private static func sample(bbox: BoundingBox) -> StatementsFile {
        let pdfCell = Locator.pdf(page: 3, bbox: bbox)
        let htmlCell = Locator(path: "/html/body/div[2]/table[1]/tr[5]/td[4]", table: 1, row: 5, col: 4)
        let tagged = Locator(concept: "us-gaap:Revenues", contextRef: "FY2023", unitRef: "usd", element: "ix:nonFraction")
        let fact = Fact(id: "f1", period: "2023-12-31", value: Decimal(sign: .minus, exponent: -2, significand: 55),
                        printed: "(0.55)", xbrlValue: nil, unit: "USD/shares", locator: pdfCell, cell: "abc:table:p3.x:y@2023",
                        flags: ["unchecked"])
        let tagFact = Fact(id: "f2", period: "FY2023", value: Decimal(60_922_000_000), printed: nil,
                           xbrlValue: Decimal(sign: .plus, exponent: -1, significand: 64975), unit: nil, locator: tagged)
        let line = Line(id: "l1", label: "Net \"adjusted\" income \\ loss / share\t€\u{01}", section: ["Revenues:", "Ünits\n"],
                        depth: 1, isTotal: true, concept: nil, xbrlConcept: "us-gaap:Revenues",
                        xbrlDimensions: ["srt:ProductAxis=x:AMember"], facts: [fact, tagFact])
        var check = StatementCheck(rule: .totalsFoot, period: nil, status: .fail, expected: Decimal(sign: .plus, exponent: -3, significand: 125),
                                   actual: nil, lineIndexes: [0], note: "off by 0.125")
        check.lines = ["l1"]
        let period = Period(key: "2023-12-31", type: .instant, start: nil, end: CalendarDate(year: 2023, month: 12, day: 31),
                            fiscalYear: 2023, header: "December 31, 2023")
        let statement = Statement(id: "s1", kind: .cashFlow, title: "Statements of Cash Flows", pages: [3, 4], currency: nil,
                                  scale: 1_000_000, periods: [period], lines: [line], checks: [check])
        let table = TableRecord(id: "t1", pages: [], locator: htmlCell, rows: [[
            CellRecord(id: "c1", text: "Total", col: 0, span: 2, locator: htmlCell),
            CellRecord(id: "c2", text: "", col: 2, span: 1, locator: Locator()),
        ], []])
        let document = DocumentRecord(
            id: "abc", sha256: "abc123", file: "dir/file.htm", format: .ixbrl,
            entity: EntityRecord(name: "A & B, Inc.", ticker: nil, cik: "0000012345"), form: "10-K", fiscalYear: nil,
            periodEnd: CalendarDate(year: 2023, month: 12, day: 31), pageCount: nil, statements: [statement, statement],
            tables: [table], warnings: [Diagnostic(code: "x", message: "on a page", page: 2), Diagnostic(code: "y", message: "none")],
            companions: [CompanionFile(file: "a_pre.xml", sha256: "00ff")])
        return StatementsFile(generator: "test", documents: [document, document])
    }

    @Test func bytesMatchJSONEncoder() throws {
        for bbox in [BoundingBox(x0: 436.0583, y0: 108.571, x1: 465.31, y1: 118),
                     BoundingBox(x0: 0, y0: -0.001, x1: 0.1 + 0.2, y1: 1e-7), BoundingBox(x0: 1e21, y0: 12.5, x1: 3, y1: 4)] {
            let file = Self.sample(bbox: bbox)
            #expect(try StatementsJSON.encode(file) == Self.oracle(file))
        }
        let empty = StatementsFile(generator: "test", documents: [])
        #expect(try StatementsJSON.encode(empty) == Self.oracle(empty))
    }

    /// The corpus's JSON columns: compact, still byte for byte what `JSONEncoder` writes.
    @Test func compactBytesMatchJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let document = Self.sample(bbox: BoundingBox(x0: 436.0583, y0: 108.571, x1: 465.31, y1: 118)).documents[0]
        #expect(JSONWriter.compactText { $0.write(document) } == String(decoding: try encoder.encode(document), as: UTF8.self))
        let none: [String] = []
        #expect(JSONWriter.compactText { $0.array(none) { $0.string($1) } } == "[]")
    }

    @Test func nonFiniteNumberIsRefused() {
        #expect(throws: EncodingError.self) {
            try StatementsJSON.encode(Self.sample(bbox: BoundingBox(x0: .nan, y0: 0, x1: 1, y1: 1)))
        }
    }
}
