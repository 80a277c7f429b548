import Testing
import TickmarkModel
@testable import MarkupExtraction

@Suite struct InlineXBRLTests {
    static let statement = inlineDocument(body: """
    <table>
      <tr><td>Total assets</td><td>$</td><td><ix:nonFraction name="us-gaap:Assets" contextRef="i2024" unitRef="usd" decimals="-6" scale="6" format="ixt:num-dot-decimal" id="f-1">65,728</ix:nonFraction></td></tr>
      <tr><td>Other expense</td><td></td><td>(<ix:nonFraction name="us-gaap:OtherNonoperatingIncomeExpense" contextRef="c2024" unitRef="usd" decimals="-6" scale="6" sign="-" format="ixt:num-dot-decimal" id="f-2">1,234.5</ix:nonFraction>)</td></tr>
      <tr><td>Acquisition cost</td><td></td><td><ix:nonFraction name="us-gaap:BusinessCombinationCost" contextRef="c2024" unitRef="usd" decimals="-6" scale="6" format="ixt:fixed-zero" id="f-3">—</ix:nonFraction></td></tr>
      <tr><td>EPS</td><td></td><td><ix:nonFraction name="us-gaap:EarningsPerShareDiluted" contextRef="c2024" unitRef="usdPerShare" decimals="2" format="ixt:num-comma-decimal" id="f-4">11,93</ix:nonFraction></td></tr>
      <tr><td>Segment assets</td><td></td><td><ix:nonFraction name="us-gaap:Assets" contextRef="i2024seg" unitRef="usd" decimals="-6" scale="6" format="ixt-sec:numwordsen" id="f-5">three</ix:nonFraction></td></tr>
      <tr><td>Odd</td><td></td><td><ix:nonFraction name="us-gaap:Odd" contextRef="c2024" unitRef="usd" format="ixt:num-klingon" id="f-6">7</ix:nonFraction></td></tr>
    </table>
    <p><ix:nonNumeric name="us-gaap:PolicyTextBlock" contextRef="c2024" continuedAt="cont-1" id="f-7">Revenue is <ix:exclude>PAGE 12</ix:exclude>recognized</ix:nonNumeric></p>
    <p><ix:continuation id="cont-1">when control passes.</ix:continuation></p>
    """, hidden: """
    <ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="c2024" format="ixt:date-monthname-day-year-en" id="f-8">January 28, 2024</ix:nonNumeric>
    <ix:nonFraction name="us-gaap:Nil" contextRef="c2024" unitRef="usd" xsi:nil="true" id="f-9"></ix:nonFraction>
    """)

    private func fact(_ id: String) throws -> TaggedFact {
        let document = try extract(Self.statement, as: .ixbrl)
        return try #require(document.xbrl?.facts.first { $0.element == id })
    }

    @Test func scaleSignAndTransformationsAreApplied() throws {
        #expect(try fact("f-1").value == "65728000000")
        #expect(try fact("f-1").printed == "65,728")
        #expect(try fact("f-2").value == "-1234500000")
        #expect(try fact("f-3").value == "0")
        #expect(try fact("f-4").value == "11.93")
        #expect(try fact("f-5").value == "3000000")
        #expect(try fact("f-8").value == "2024-01-28")
        #expect(try fact("f-9").value == nil)
    }

    @Test func unknownTransformationWarns() throws {
        let document = try extract(Self.statement, as: .ixbrl)
        #expect(document.diagnostics.contains { $0.code == "unknown-ix-format" && $0.message.contains("ixt:num-klingon") })
        #expect(try fact("f-6").value == "7")
    }

    @Test func continuationJoinsAndExcludeIsLeftOut() throws {
        #expect(try fact("f-7").value == "Revenue is recognized when control passes.")
    }

    @Test func contextsCarryPeriodsAndDimensions() throws {
        let xbrl = try #require(try extract(Self.statement, as: .ixbrl).xbrl)
        let duration = try #require(xbrl.contexts["c2024"]?.period)
        #expect(duration.key == "FY2024")
        #expect(xbrl.contexts["i2024"]?.period?.key == "2024-01-28")
        #expect(xbrl.contexts["i2024seg"]?.dimensions == ["us-gaap:StatementBusinessSegmentsAxis": "nvda:ComputeMember"])
        #expect(xbrl.contexts["c2024"]?.entity == "0001045810")
        #expect(xbrl.units["usdPerShare"]?.name == "USD/shares")
    }

    @Test func taggedCellsKeepBothIdentities() throws {
        let table = try #require(tables(try extract(Self.statement, as: .ixbrl)).first)
        let cell = try #require(table.rows[0].cell(at: 1))
        #expect(cell.text == "$65,728")
        #expect(cell.fact?.concept == "us-gaap:Assets")
        #expect(cell.locator.concept == "us-gaap:Assets" && cell.locator.contextRef == "i2024" && cell.locator.element == "f-1")
        #expect(cell.locator.table == 0 && cell.locator.row == 0 && cell.locator.col == 1)
        #expect(table.rows[1].cell(at: 1)?.text == "(1,234.5)")
    }

    @Test func hiddenFactsAreFactsButNotPrinted() throws {
        let document = try extract(Self.statement, as: .ixbrl)
        #expect(document.xbrl?.facts.contains { $0.concept == "dei:DocumentPeriodEndDate" } == true)
        #expect(!texts(document).contains { $0.contains("January 28, 2024") })
    }

    @Test func undefinedEntityFallsBackToTheHTMLParser() throws {
        let document = try extract(Self.statement.replacingOccurrences(of: "<p><ix:continuation", with: "<p>&nbsp;<ix:continuation"), as: .ixbrl)
        #expect(document.diagnostics.contains { $0.code == "ixbrl-not-well-formed" })
        #expect(document.xbrl?.facts.first { $0.element == "f-7" }?.value == "Revenue is recognized when control passes.")
    }

    @Test func notWellFormedInlineXBRLFallsBackToTheHTMLParser() throws {
        let broken = Self.statement.replacingOccurrences(of: "<p>After", with: "") + "<p>unclosed <b>tags</p>"
        let document = try extract(broken.replacingOccurrences(of: "<table>", with: "<table><tr><td>&nbsp<br></td></tr>"), as: .ixbrl)
        #expect(document.diagnostics.contains { $0.code == "ixbrl-not-well-formed" })
        let assets = try #require(document.xbrl?.facts.first { $0.element == "f-1" })
        #expect(assets.concept == "us-gaap:Assets" && assets.value == "65728000000")
        #expect(tables(document).first?.rows.contains { $0.cells.contains { $0.fact?.element == "f-1" } } == true)
    }
}

@Suite struct TransformationTests {
    @Test func decimalScaling() {
        #expect(DecimalText.scaled("65728", by: 6, negate: false) == "65728000000")
        #expect(DecimalText.scaled("1.5", by: 3, negate: true) == "-1500")
        #expect(DecimalText.scaled("12", by: -2, negate: false) == "0.12")
        #expect(DecimalText.scaled("0", by: 6, negate: true) == "0")
    }

    @Test func registryFormats() {
        #expect(IXTransform.apply(format: "ixt:numdotdecimal", to: "1,234.50", numeric: true) == .value("1234.5"))
        #expect(IXTransform.apply(format: "ixt:num-comma-decimal", to: "1.234,5", numeric: true) == .value("1234.5"))
        #expect(IXTransform.apply(format: "ixt:zerodash", to: "—", numeric: true) == .value("0"))
        #expect(IXTransform.apply(format: "ixt-sec:numwordsen", to: "Twenty-one thousand", numeric: true) == .value("21000"))
        #expect(IXTransform.apply(format: "ixt-sec:numwordsen", to: "no", numeric: true) == .value("0"))
        #expect(IXTransform.apply(format: "ixt:date-day-monthname-year-en", to: "31st March 2018", numeric: false) == .value("2018-03-31"))
        #expect(IXTransform.apply(format: "ixt:datemonthdayyear", to: "01/28/2024", numeric: false) == .value("2024-01-28"))
        #expect(IXTransform.apply(format: "ixt:num-unheard-of", to: "5", numeric: true) == .unknownFormat)
    }
}
