import Testing
import TickmarkModel

@Suite struct CitationIDTests {
    static let wellFormed = [
        "3f9a1c0b7d2e",
        "3f9a1c0b7d2e:balance",
        "3f9a1c0b7d2e:balance.usd",
        "3f9a1c0b7d2e:income.condensed-statements-of-income",
        "3f9a1c0b7d2e:cash_flow:investing-activities/other",
        "3f9a1c0b7d2e:cash_flow:investing-activities/other.2@FY2018",
        "3f9a1c0b7d2e:income:us-gaap:Revenues[srt:ProductOrServiceAxis=us-gaap:ProductMember]@3M-2023-07-01",
        "3f9a1c0b7d2e:equity:retained-earnings/net-income@FY2018~2",
        "3f9a1c0b7d2e:balance:2018-12-31@2018-12-31",
        "3f9a1c0b7d2e:table:p56.net-sales",
        "3f9a1c0b7d2e:table:p56.net-sales.2:cost-of-sales@2018",
        "3f9a1c0b7d2e:table:sales-c-and-e:unlabeled-4@c3",
        "3f9a1c0b7d2e:text:p12.we-design-manufacture-and-market",
        "3f9a1c0b7d2e:text:bauxite-production-increased-3-in-the-2018.2",
        "3f9a1c0b7d2e:balance:cash@FY2019-end",
        "3f9a1c0b7d2e:income:net-income@Q3-2023",
    ]

    @Test(arguments: wellFormed)
    func parsesAndFormatsBack(_ text: String) throws {
        let id = try #require(CitationID(text))
        #expect(id.description == text)
    }

    @Test func partsOfAFactID() throws {
        let id = try #require(CitationID("3f9a1c0b7d2e:income.6m:us-gaap:NetIncomeLoss@6M-2023-07-02"))
        #expect(id.document == "3f9a1c0b7d2e")
        #expect(id.lineKey == "us-gaap:NetIncomeLoss")
        #expect(id.statementID?.description == "3f9a1c0b7d2e:income.6m")
        #expect(id.lineID?.description == "3f9a1c0b7d2e:income.6m:us-gaap:NetIncomeLoss")
        #expect(id.target == .fact(.init(kind: .income, qualifier: "6m"), line: "us-gaap:NetIncomeLoss",
                                   period: "6M-2023-07-02", occurrence: 1))
    }

    @Test func buildsWhatItParses() throws {
        let line = try #require(CitationID(sha256: "3f9a1c0b7d2e" + String(repeating: "0", count: 52))
            .statement(.init(kind: .cashFlow)).line("operating-activities/depreciation"))
        #expect(line.fact(period: "FY2018")?.description == "3f9a1c0b7d2e:cash_flow:operating-activities/depreciation@FY2018")
        #expect(line.fact(period: "FY2018", occurrence: 3)?.description
            == "3f9a1c0b7d2e:cash_flow:operating-activities/depreciation@FY2018~3")
        #expect(CitationID(document: "3f9a1c0b7d2e").table(anchor: "p3.assets").cell(row: "cash", column: "2024")?.description
            == "3f9a1c0b7d2e:table:p3.assets:cash@2024")
        let passage = CitationID(document: "3f9a1c0b7d2e").passage(anchor: "p5.major-commercial-graphics")
        #expect(passage.description == "3f9a1c0b7d2e:text:p5.major-commercial-graphics")
        #expect(CitationID(passage.description) == passage)
        #expect(passage.statementID == nil && passage.lineKey == nil)
    }

    static let malformed = [
        "", "3F9A1C0B7D2E", "3f9a1c0b7d2", "3f9a1c0b7d2e:", "3f9a1c0b7d2e:profit", "3f9a1c0b7d2e:income.Q",
        "3f9a1c0b7d2e:income:", "3f9a1c0b7d2e:income:net income@FY2018", "3f9a1c0b7d2e:income:a@FY2018@FY2017",
        "3f9a1c0b7d2e:income:a@FY2018~1", "3f9a1c0b7d2e:income:a@FY2018~x", "3f9a1c0b7d2e:income:a@",
        "3f9a1c0b7d2e:table:", "3f9a1c0b7d2e:table:p3:cash", "3f9a1c0b7d2e:table:p3:cash@2024:x",
        "3f9a1c0b7d2e:text:", "3f9a1c0b7d2e:text", "3f9a1c0b7d2e:text:P12.Risk", "3f9a1c0b7d2e:text:p12:risk",
    ]

    @Test(arguments: malformed)
    func rejectsWhatBreaksTheGrammar(_ text: String) {
        #expect(CitationID(text) == nil)
    }
}
