import Testing
import TickmarkModel
@testable import XBRLRecognition

@Suite struct InlineFactUnitsTests {
    private func cell(unitRef: String?) -> RecognizedCell {
        let fact = TaggedFact(concept: "us-gaap:EarningsPerShareBasic", contextRef: "q2", unitRef: unitRef, value: "1.87",
                              decimals: "2", element: "f1", printed: "1.87", isNumeric: true)
        return RecognizedCell(printed: "1.87", locator: Locator(), fact: fact)
    }

    /// The unit id's spelling does not matter: `Unit7` is whatever its measures say.
    @Test func tagsResolveToTheirUnitsMeasures() {
        let units = [
            "Unit7": XBRLUnit(id: "Unit7", numerator: ["iso4217:USD"], denominator: ["xbrli:shares"]),
            "shares": XBRLUnit(id: "shares", numerator: ["xbrli:shares"]),
        ]
        let row = RecognizedRow(label: "Basic", section: [], depth: 0, isTotal: false,
                                cells: [cell(unitRef: "Unit7"), cell(unitRef: "shares"), cell(unitRef: "missing"),
                                        cell(unitRef: nil), RecognizedCell(printed: "—", locator: Locator()), nil])
        let statement = RecognizedStatement(kind: .income, title: "Earnings", pages: [], scale: .units, currency: "USD",
                                            columns: [], rows: [row], tableIndexes: [0])
        let filled = InlineFactUnits().fill([statement], facts: XBRLFacts(units: units))
        #expect(filled[0].rows[0].cells.map { $0?.unit } == ["USD/shares", "shares", nil, nil, nil, nil])
    }
}
