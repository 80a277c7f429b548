import Testing
import TickmarkModel
@testable import MarkupExtraction

@Suite struct XBRLInstanceTests {
    static let instance = """
    <?xml version="1.0" encoding="utf-8"?>
    <xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:us-gaap="http://fasb.org/us-gaap/2023"
      xmlns:dei="http://xbrl.sec.gov/dei/2023" xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
      xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:link="http://www.xbrl.org/2003/linkbase"
      xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
      xmlns:acme="http://acme.example/2024">
      <context id="d"><entity><identifier scheme="http://www.sec.gov/CIK">0000000001</identifier></entity>
        <period><startDate>2023-01-01</startDate><endDate>2023-12-31</endDate></period></context>
      <context id="i"><entity><identifier scheme="http://www.sec.gov/CIK">0000000001</identifier></entity>
        <period><instant>2023-12-31</instant></period></context>
      <context id="typed"><entity><identifier scheme="http://www.sec.gov/CIK">0000000001</identifier>
        <segment><xbrldi:typedMember dimension="acme:LoanAxis"><acme:LoanId>L-7</acme:LoanId></xbrldi:typedMember></segment></entity>
        <period><instant>2023-12-31</instant></period></context>
      <unit id="usd"><measure>iso4217:USD</measure></unit>
      <us-gaap:Assets contextRef="i" unitRef="usd" decimals="-6" id="a1">65728000000</us-gaap:Assets>
      <us-gaap:Assets contextRef="typed" unitRef="usd" decimals="-6">5</us-gaap:Assets>
      <us-gaap:NetIncomeLoss contextRef="d" unitRef="usd" precision="4">-12.50</us-gaap:NetIncomeLoss>
      <us-gaap:Goodwill contextRef="i" unitRef="usd" xsi:nil="true"/>
      <dei:EntityRegistrantName contextRef="d">ACME CORP</dei:EntityRegistrantName>
      <link:footnoteLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
        <link:loc xlink:type="locator" xlink:href="#a1" xlink:label="fact"/>
        <link:footnote xlink:type="resource" xlink:label="note" xlink:role="http://www.xbrl.org/2003/role/footnote">Includes restricted cash.</link:footnote>
        <link:footnoteArc xlink:type="arc" xlink:from="fact" xlink:to="note" xlink:arcrole="http://www.xbrl.org/2003/arcrole/fact-footnote"/>
      </link:footnoteLink>
    </xbrl>
    """

    @Test func factsContextsAndUnitsAreRead() throws {
        let xbrl = try #require(try extract(Self.instance, as: .xbrl).xbrl)
        let assets = try #require(xbrl.facts.first { $0.element == "a1" })
        #expect(assets.concept == "us-gaap:Assets" && assets.value == "65728000000" && assets.decimals == "-6")
        #expect(xbrl.facts.first { $0.concept == "us-gaap:NetIncomeLoss" }?.value == "-12.5")
        #expect(xbrl.facts.first { $0.concept == "us-gaap:NetIncomeLoss" }?.element == "us-gaap:NetIncomeLoss[1]")
        #expect(xbrl.facts.first { $0.concept == "us-gaap:Goodwill" }.map { $0.value == nil } == true)
        #expect(xbrl.facts.first { $0.concept == "dei:EntityRegistrantName" }?.value == "ACME CORP")
        #expect(xbrl.contexts["d"]?.period?.key == "FY2023")
        #expect(xbrl.contexts["typed"]?.dimensions == ["acme:LoanAxis": "acme:LoanId=L-7"])
        #expect(xbrl.units["usd"]?.name == "USD")
    }

    @Test func footnotesAttachToTheirFacts() throws {
        let xbrl = try #require(try extract(Self.instance, as: .xbrl).xbrl)
        #expect(xbrl.footnotes["a1"] == ["Includes restricted cash."])
    }

    @Test func withoutLinkbasesThereIsNoPresentation() throws {
        let document = try extract(Self.instance, as: .xbrl)
        #expect(document.xbrl?.presentation == nil)
        #expect(document.diagnostics.contains { $0.code == "no-presentation-linkbase" })
    }
}
