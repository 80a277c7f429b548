import Normalization
import Testing
import TickmarkModel

/// Canonical concepts of labels whose text layer dropped the "fi"/"fl" ligatures.
@Suite struct LigatureConceptTests {
    private let mapper = ConceptMapper()

    @Test func conceptsAreRecognisedThroughTheGaps() {
        #expect(mapper.concept(label: "Gross pro t", section: [], isTotal: true, kind: .income) == "gross_profit")
        #expect(mapper.concept(label: "Net cash used in  nancing activities", section: ["Cash ows from  nancing activities"],
                               isTotal: true, kind: .cashFlow) == "net_cash_from_financing")
        #expect(mapper.concept(label: "", section: ["Cash ows from  nancing activities"], isTotal: true, kind: .cashFlow)
                == "net_cash_from_financing")
        #expect(mapper.concept(label: "Accumulated de cit", section: [], isTotal: false, kind: .balance) == "retained_earnings")
    }
}
