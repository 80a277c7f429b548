import Testing
import TickmarkModel
@testable import StatementRecognition

@Suite struct MetadataReaderTests {
    @Test func annualCoverPage() {
        var d = SyntheticDocument()
        d.text("UNITED STATES SECURITIES AND EXCHANGE COMMISSION")
        d.text("FORM 10-K")
        d.text("ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)")
        d.text("For the fiscal year ended December 31, 2018")
        d.text("Commission file number 1-3285")
        d.text("3M COMPANY")
        d.text("(Exact name of registrant as specified in its charter)")
        d.table([["Title of each class", "Trading Symbol(s)", "Name of each exchange"],
                 ["Common Stock, Par Value $.01 Per Share", "MMM", "New York Stock Exchange"]])
        let metadata = MetadataReader().read(d.blocks)
        #expect(metadata.form == "10-K")
        #expect(metadata.periodEnd?.iso == "2018-12-31")
        #expect(metadata.fiscalYear == 2018)
        #expect(metadata.entityName == "3M COMPANY")
        #expect(metadata.ticker == "MMM")
        #expect(metadata.cik == nil)
    }

    @Test func coverOfAWrappedTenKAfterTheFrontMatter() {
        var d = SyntheticDocument()
        d.text("Annual Financial Report", page: 1)
        d.text("Letter to shareholders", page: 2)
        d.text("FORM 10-K", page: 3)
        d.text("ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934", page: 3)
        d.text("For the fiscal year ended September 28, 2024", page: 3)
        let metadata = MetadataReader().read(d.blocks)
        #expect(metadata.form == "10-K")
        #expect(metadata.periodEnd?.iso == "2024-09-28")
        #expect(metadata.fiscalYear == 2024)
    }

    @Test func quarterlyCoverLeavesTheFiscalYearUnknown() {
        var d = SyntheticDocument()
        d.text("FORM 10-Q")
        d.text("FOR THE QUARTERLY PERIOD ENDED JULY 1, 2023")
        d.text("Apple Inc. (Exact name of Registrant as specified in its charter)")
        d.text("Central Index Key: 0000320193")
        let metadata = MetadataReader().read(d.blocks)
        #expect(metadata.form == "10-Q")
        #expect(metadata.periodEnd?.iso == "2023-07-01")
        #expect(metadata.fiscalYear == nil)
        #expect(metadata.entityName == "Apple Inc.")
        #expect(metadata.cik == "0000320193")
    }

    @Test func amendmentsAndUnknowns() {
        #expect(MetadataReader.form("FORM 10-K/A") == "10-K/A")
        #expect(MetadataReader.form("Form 20-F") == "20-F")
        #expect(MetadataReader.form("FORM 10-KSB") == "10-KSB")
        #expect(MetadataReader.form("FORM 10-K405") == "10-K405")
        #expect(MetadataReader.form("Annual report") == nil)
        #expect(MetadataReader().read([]) == DocumentMetadata())
    }
}

@Suite struct TickerTextTests {
    @Test func symbolBeforeTheExchangeName() {
        let lines = ["Title of each class Trading Symbol(s) Name of each exchange on which registered",
                     "Common Stock, $0.05 par value PFE New York Stock Exchange"]
        #expect(MetadataReader.ticker(lines: lines) == "PFE")
        #expect(MetadataReader.ticker(lines: ["Trading symbol(s)", "1.375% Notes due 2024 — The Nasdaq Stock Market LLC"]) == nil)
    }
}

@Suite struct PeriodEndLineTests {
    @Test func dateOnTheNextLineOfATwoColumnCover() {
        #expect(MetadataReader.periodEnd("For the quarterly period ended Commission file", nextLine: "June 30, 2022 number 1-5805")?.iso == "2022-06-30")
        #expect(MetadataReader.periodEnd("For the transition period from to", nextLine: "June 30, 2022") == nil)
    }
}
