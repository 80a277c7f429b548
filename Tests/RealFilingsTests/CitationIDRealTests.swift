import Foundation
import IngestPipeline
import TestSupport
import Testing
import TickmarkModel

/// Citation IDs on real filings of each format: every ID follows the grammar and is unique in
/// its document, every printed fact names the table cell it was printed in, a convenience
/// translation is told apart by its currency, and an XBRL instance lists the companions it read.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct CitationIDRealTests {
    private static func record(_ file: String) throws -> DocumentRecord {
        try Pipeline().run(path: SharedCorpus.path(file))
    }

    /// Every ID of the record, parsed and formatted back; duplicates reported.
    private static func expectWellFormed(_ record: DocumentRecord) {
        var ids = record.statements.flatMap { s in [s.id] + s.lines.flatMap { l in [l.id] + l.facts.map(\.id) } }
        ids += record.tables.flatMap { t in [t.id] + t.rows.joined().map(\.id) }
        for id in ids { #expect(CitationID(id)?.description == id, "\(id) does not round-trip") }
        let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "repeated IDs: \(repeated.prefix(5))")
    }

    /// The fact's cell exists and prints the fact's text.
    private static func expectCellHolds(_ fact: Fact, in record: DocumentRecord) throws {
        let cellID = try #require(fact.cell, "\(fact.id) names no cell")
        let cell = try #require(record.tables.lazy.flatMap { $0.rows.joined() }.first { $0.id == cellID })
        #expect(cell.text.contains(try #require(fact.printed)), "\(cellID) prints \(cell.text), not \(fact.printed ?? "")")
    }

    private static func fact(_ record: DocumentRecord, _ id: String) throws -> Fact {
        try #require(record.statements.lazy.flatMap(\.lines).flatMap(\.facts).first { $0.id == id }, "no \(id)")
    }

    @Test func pdfFactsNameTheirCell() throws {
        let record = try Self.record("pdf/MMM_10K_2018.pdf")
        Self.expectWellFormed(record)
        let total = try Self.fact(record, "faf10c53fc6f:income:operating-expenses/total-operating-expenses@FY2018")
        #expect(total.value == 25_558_000_000)
        #expect(total.cell == "faf10c53fc6f:table:p56.millions-except-per-share-amounts:total-operating-expenses@2018")
        for statement in record.statements {
            for fact in statement.lines.flatMap(\.facts) where fact.printed != nil { try Self.expectCellHolds(fact, in: record) }
        }
    }

    @Test func aConvenienceTranslationIsKeyedByItsCurrency() throws {
        let record = try Self.record("pdf/JP-9147_FS_FY2024.pdf")
        Self.expectWellFormed(record)
        let balances = record.statements.filter { $0.kind == .balance }.map(\.id)
        #expect(balances == ["653ddced342a:balance", "653ddced342a:balance.usd"])
    }

    @Test func htmlFactsNameTheirCell() throws {
        let record = try Self.record("html/AA_10Q_2018Q2.htm")
        Self.expectWellFormed(record)
        let rnd = try Self.fact(record, "9096b1104dbf:income:research-and-development-expenses@3M-2018-06-30")
        #expect(rnd.value == 9_000_000)
        #expect(rnd.cell == "9096b1104dbf:table:sales-c-and-e:research-and-development-expenses@second-quarter-ended-june-30-2018")
        try Self.expectCellHolds(rnd, in: record)
    }

    @Test func anXBRLInstanceListsTheCompanionsItRead() throws {
        let record = try Self.record("xbrl/NVDA_10K_FY2024/nvda-20240128_htm.xml")
        Self.expectWellFormed(record)
        #expect(record.companions.map(\.file) == ["nvda-20240128_pre.xml", "nvda-20240128.xsd", "nvda-20240128_lab.xml"])
        #expect(record.companions.first?.sha256 == "f83d8037139768a8c47f9570f2590a42e819226266c2314ba66f9acea0ea8a1d")
        #expect(record.statements.flatMap(\.lines).flatMap(\.facts).allSatisfy { $0.cell == nil })
    }
}
