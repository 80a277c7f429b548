import Testing
import TickmarkModel
@testable import Identification

@Suite struct LineKeysTests {
    private func line(_ label: String, concept: String?, dimensions: [String] = [], section: [String] = []) -> Line {
        Line(id: "", label: label, section: section, depth: 0, isTotal: false, concept: nil,
             xbrlConcept: concept, xbrlDimensions: dimensions, facts: [])
    }

    @Test func dimensionalLinesAreKeyedByConceptAndMembers() {
        let keys = LineKeys.make(for: [
            line("Products", concept: "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax",
                 dimensions: ["srt:ProductOrServiceAxis=us-gaap:ProductMember"]),
            line("Services", concept: "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax",
                 dimensions: ["srt:ProductOrServiceAxis=us-gaap:ServiceMember"]),
            line("Total net sales", concept: "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"),
        ])
        #expect(keys == [
            "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax[srt:ProductOrServiceAxis=us-gaap:ProductMember]",
            "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax[srt:ProductOrServiceAxis=us-gaap:ServiceMember]",
            "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax",
        ])
    }

    @Test func rowsTakeTheMembersOfTheirTaggedFact() {
        let fact = TaggedFact(concept: "us-gaap:Revenues", contextRef: "c-2", unitRef: "usd", value: "1", decimals: "-6",
                              element: "f-1", isNumeric: true,
                              dimensions: ["srt:ProductOrServiceAxis": "us-gaap:ServiceMember", "dei:LegalEntityAxis": "x:ParentMember"])
        let row = RecognizedRow(label: "Services", section: [], depth: 0, isTotal: false,
                                cells: [nil, RecognizedCell(printed: "1", locator: Locator(), fact: fact)],
                                xbrlConcept: fact.concept)
        #expect(row.xbrlDimensions == ["dei:LegalEntityAxis=x:ParentMember", "srt:ProductOrServiceAxis=us-gaap:ServiceMember"])
    }

    @Test func untaggedLabelsTakeTheHeadingAboveThem() {
        let keys = LineKeys.make(for: [
            line("Net income", concept: nil),
            line("Other", concept: nil, section: ["Cash flows", "Operating activities"]),
            line("Other", concept: nil, section: ["Investing activities"]),
            line("Other", concept: nil, section: ["Investing activities"]),
            line("Other (2)", concept: nil, section: ["Investing activities"]),
        ])
        #expect(keys == ["net-income", "operating-activities/other", "investing-activities/other",
                         "investing-activities/other.2", "investing-activities/other-2"])
    }

    @Test func aLineRecoveredElsewhereRenamesNoOther() {
        let before = LineKeys.make(for: [line("Other", concept: nil, section: ["Operating activities"])])
        let after = LineKeys.make(for: [
            line("Other", concept: nil, section: ["Operating activities"]),
            line("Other", concept: nil, section: ["Financing activities"]),
        ])
        #expect(after.first == before.first)
    }
}

@Suite struct ComponentLineKeysTests {
    private func line(_ label: String, component: String?, concept: String? = nil) -> Line {
        var line = Line(id: "", label: label, section: component.map { [$0] } ?? [], depth: 0, isTotal: false,
                        concept: nil, xbrlConcept: concept, facts: [])
        line.component = component
        return line
    }

    @Test func componentLinesAreKeyedByComponentAndLabel() {
        let keys = LineKeys.make(for: [
            line("Net income", component: "Retained earnings", concept: "us-gaap:NetIncomeLoss"),
            line("Net income", component: "Total equity"),
            line("Balance at December 31, 2017", component: "Retained earnings"),
            line("Changes in equity", component: nil),
        ])
        #expect(keys == ["retained-earnings/net-income", "total-equity/net-income",
                         "retained-earnings/balance-at-december-31-2017", "changes-in-equity"])
    }
}
