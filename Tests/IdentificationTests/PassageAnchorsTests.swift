import Testing
import TickmarkModel
@testable import Identification

@Suite struct PassageAnchorsTests {
    @Test func pageAndFirstWordsNameAPassage() {
        let pdf = Locator.pdf(page: 5, bbox: BoundingBox(x0: 0, y0: 0, x1: 1, y1: 1))
        let passages = [
            Passage(text: "Major commercial graphics products include films, inks, and related products.", locator: pdf),
            Passage(text: "Major commercial graphics products include films, inks, and related products.", locator: pdf),
            Passage(text: "Bauxite production increased 3% in the 2018 second quarter.", locator: Locator(path: "/html/body/p[7]")),
            Passage(text: "€ € €", locator: Locator(path: "/html/body/p[9]")),
        ]
        #expect(PassageAnchors.anchors(passages) == [
            "p5.major-commercial-graphics-products-include-films-inks-and",
            "p5.major-commercial-graphics-products-include-films-inks-and.2",
            "bauxite-production-increased-3-in-the-2018-second",
            "passage",
        ])
        // One more passage found before them renames none.
        let more = [Passage(text: "Risk factors could affect our results of operations.", locator: pdf)] + passages
        #expect(Array(PassageAnchors.anchors(more).dropFirst()) == PassageAnchors.anchors(passages))
    }
}
