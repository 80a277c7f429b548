import Foundation
import IngestPipeline
import TestSupport
import Testing
import TickmarkModel

/// Fact IDs key a period by what its header prints, never by a date we infer: a bank supplement
/// heading its trend columns by quarter ("Q3/23", CIBC 2023 Q3: the quarters' ends are counted
/// back from the cover's period end) and an annual report of a retailer heading its years by the
/// fiscal year they began in ("2023" over the year ended February 4, 2024, PVH). The inferred
/// date stays in the period, marked `endInferred`.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct InferredPeriodRealTests {
    private static func facts(_ record: DocumentRecord, kind: StatementKind, line: String) throws -> [Fact] {
        let statement = try #require(record.statements.first { $0.kind == kind })
        return try #require(statement.lines.first { $0.id.hasSuffix(":" + line) }, "no line \(line)").facts
    }

    @Test func bankSupplementQuartersKeyIDsByPrintedQuarter() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("pdf/CM_SUPP_2023Q3.pdf"))
        let balance = try #require(record.statements.first { $0.kind == .balance })
        let latest = try #require(balance.periods.first)
        #expect(latest.endInferred && latest.key == "2023-07-31" && latest.citationKey == "Q3-2023-end")
        let facts = try Self.facts(record, kind: .balance, line: "securities/securities-measured-and-designated-at-fvoci")
        #expect(facts.first?.id == "c3256d5bb5d0:balance:securities/securities-measured-and-designated-at-fvoci@Q3-2023-end")
        #expect(facts.first?.period == "2023-07-31" && facts.first?.value == Decimal(60_945_000_000))
    }

    @Test func retailerYearsKeyIDsByPrintedYear() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("pdf/PVH_AR_FY2023.pdf"))
        let income = try #require(record.statements.first { $0.kind == .income })
        let latest = try #require(income.periods.first)
        #expect(latest.header == "2023" && latest.endInferred && latest.citationKey == "FY2023")
        #expect(latest.key == "FY2024" && latest.end?.iso == "2024-02-04")
        let facts = try Self.facts(record, kind: .income, line: "advertising-and-other-revenue")
        #expect(facts.first?.id == "9e57636d74ed:income:advertising-and-other-revenue@FY2023")
        #expect(facts.first?.value == Decimal(97_700_000))
        // The balance sheet prints its dates: its IDs keep them.
        let balance = try #require(record.statements.first { $0.kind == .balance })
        #expect(balance.periods.allSatisfy { !$0.endInferred && $0.citationKey == $0.key })
    }
}
