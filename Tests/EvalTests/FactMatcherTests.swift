import Evaluation
import Foundation
import Testing
import TickmarkModel

@Suite struct FactMatcherTests {
    let matcher = FactMatcher()

    @Test func findsByLabelPeriodValueAndPage() {
        let outcome = matcher.judge(gold("balance", "TOTAL ASSETS:", "2018-12-31", value: 36_500), record: sampleRecord())
        #expect(outcome.isFound)
        #expect(matcher.judge(gold("other", "Net sales", "FY2018", value: 32_765, page: 56), record: sampleRecord()).isFound)
    }

    @Test func emptyGoldLabelMatchesTheUnlabeledLine() {
        #expect(matcher.judge(gold("balance", "", "2018-12-31", value: 30_210_706, scale: 1000), record: sampleRecord()).isFound)
    }

    @Test func reportsTheFirstFailingStep() {
        let record = sampleRecord()
        #expect(matcher.judge(gold("equity", "Total", "FY2018", value: 1), record: record).miss?.category == "no statement of kind")
        let wrongLabel = matcher.judge(gold("balance", "Total asets", "2018-12-31", value: 36_500), record: record)
        #expect(wrongLabel.miss == .noLabelMatch(closest: ["Total assets", ""]))
        #expect(wrongLabel.valueSeenAt == ["balance › \"Total assets\" @2018-12-31 p58"])
        let wrongPeriod = matcher.judge(gold("balance", "Total assets", "2017-12-31", end: "2017-12-31", value: 36_500), record: record)
        #expect(wrongPeriod.miss == .periodMissing(wanted: "instant 2017-12-31", available: ["2018-12-31"]))
        let wrongValue = matcher.judge(gold("balance", "Total assets", "2018-12-31", value: 36_501), record: record)
        #expect(wrongValue.miss == .valueDiffers(ours: ["36500 ×1000000 (36500000000)"]))
        let wrongPage = matcher.judge(gold("balance", "Total assets", "2018-12-31", value: 36_500, page: 57), record: record)
        #expect(wrongPage.miss == .pageDiffers(ours: [58]))
        #expect(matcher.judge(gold("balance", "Total assets", "2018-12-31", value: 36_500), record: nil, ingestError: "damaged").miss
                == .noDocument("damaged"))
    }

    @Test func goldLinesParseToExactDecimals() throws {
        let line = #"{"file": "pdf/A.pdf", "statement": "income", "label": "EPS", "period": "FY2018", "period_end": "2018-12-31", "value": 5.51, "scale": 1.0, "unit": "USD", "page": 3}"#
        let facts = try GoldFile.parse(line + "\n\n")
        #expect(facts.count == 1)
        #expect(facts.first?.expectedValue == Decimal(string: "5.51"))
        #expect(facts.first?.folder == "pdf")
        let big = try GoldFile.parse(#"{"file": "xbrl/a/b.xml", "statement": "balance", "label": "", "period": "2018-12-31", "period_end": "2018-12-31", "value": 60922000000000000.0, "scale": 1.0, "page": null}"#)
        #expect(big.first?.expectedValue == Decimal(string: "60922000000000000"))
        #expect(throws: GoldFileError.self) { try GoldFile.parse("{not json") }
    }
}

@Suite struct AccuracyReportTests {
    @Test func scoresPerFormatGroup() {
        let record = sampleRecord()
        var markup = gold("balance", "Total assets", "2018-12-31", value: 36_500, page: nil)
        markup.file = "html/X.htm"
        let outcomes = [
            FactMatcher().judge(gold("balance", "Total assets", "2018-12-31", value: 36_500), record: record),
            FactMatcher().judge(gold("balance", "Total assets", "2018-12-31", value: 1), record: record),
            FactMatcher().judge(markup, record: record),
        ]
        let report = AccuracyReport(outcomes: outcomes)
        #expect(report.score(folders: ["pdf"]) == Score(found: 1, total: 2))
        #expect(report.score(folders: AccuracyReport.markupFolders) == Score(found: 1, total: 1))
        #expect(report.renderSummary().contains("pdf           1      2  50.0%"))
        #expect(report.renderMisses().contains("value differs: ours [36500 ×1000000 (36500000000)]"))
    }
}
