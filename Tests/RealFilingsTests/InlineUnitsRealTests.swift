import Foundation
import IngestPipeline
import TestSupport
import Testing
import TickmarkModel

/// Inline XBRL cells take their measure from the tagged unit: printed values with the
/// statement's scale equal their tagged values, whatever the label or heading suggests.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct InlineUnitsRealTests {
    @Test(arguments: ["ixbrl/TXN_10Q_2023Q2.htm", "ixbrl/UNH_10Q_2023Q2.htm", "ixbrl/AXP_10Q_2023Q3.htm"])
    func printedValuesMatchTheirTags(file: String) throws {
        let record = try Pipeline().run(path: SharedCorpus.path(file))
        let facts = record.statements.flatMap(\.lines).flatMap(\.facts)
        let differing = facts.filter { fact in
            guard let value = fact.value, let tagged = fact.xbrlValue else { return false }
            return value.magnitude != tagged.magnitude
        }
        #expect(facts.contains { $0.xbrlValue != nil })
        #expect(differing.isEmpty, "\(differing.prefix(3).map { "\($0.printed ?? "") → \($0.value ?? 0)" })")
    }

    /// "Income allocated to RSUs" sits under the EPS heading but is tagged in USD.
    @Test func moneyUnderAnEPSHeadingIsScaled() throws {
        let record = try Pipeline().run(path: SharedCorpus.path("ixbrl/TXN_10Q_2023Q2.htm"))
        let line = try #require(record.statements.first { $0.kind == .income }?.lines.first { $0.label == "Income allocated to RSUs" })
        #expect(line.facts.first?.value == -8_000_000)
        #expect(line.facts.first?.unit == "USD")
    }
}
