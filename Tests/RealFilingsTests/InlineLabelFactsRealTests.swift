import Foundation
import IngestPipeline
import TestSupport
import Testing
import TickmarkModel

/// Inline XBRL balance sheets tag the share counts and par values their stock lines print inside
/// the row label ("Treasury stock, at cost; 309,252,205 shares at May 31, 2023 and 307,874,161
/// shares at August 31, 2022"): those facts belong to the line, with their own concept, unit and
/// period, keyed after the line by their concept so that the line's dollar values keep their IDs.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct InlineLabelFactsRealTests {
    @Test func treasuryShareCountsTaggedInTheLabelAreFactsOfTheLine() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("ixbrl/WBA_10Q_FY2023Q3.htm"))
        let balance = try #require(record.statements.first { $0.kind == .balance })
        let line = try #require(balance.lines.first { $0.label.hasPrefix("Treasury stock, at cost; 309,252,205 shares") })
        #expect(line.xbrlConcept == "us-gaap:TreasuryStockCommonValue")
        let dollars = line.valueFacts
        #expect(dollars.map(\.period) == ["2023-05-31", "2022-08-31"])
        #expect(dollars.map(\.value) == [Decimal(-20_731_000_000), Decimal(-20_683_000_000)])
        #expect(dollars.allSatisfy { $0.id.hasPrefix(line.id + "@") })
        let shares = line.facts.filter { $0.locator.concept == "us-gaap:TreasuryStockCommonShares" }
        #expect(shares.map(\.period) == ["2023-05-31", "2022-08-31"])
        #expect(shares.map(\.value) == [Decimal(309_252_205), Decimal(307_874_161)])
        #expect(shares.allSatisfy { $0.unit == "shares" && $0.flags == [Fact.uncheckedFlag] })
        #expect(shares.map(\.locator.element) == ["f-116", "f-117"])
        #expect(shares.first?.id == line.id + "/us-gaap:TreasuryStockCommonShares@2023-05-31")
        #expect(shares.first?.cell != nil)
        // The share counts take no part in the balance sheet's sums.
        #expect(balance.checks.filter { $0.status == .fail }.isEmpty)
    }
}
