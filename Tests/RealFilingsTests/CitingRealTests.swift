import Citing
import CorpusStore
import Foundation
import IngestPipeline
import TestSupport
import Testing

/// `cite` over real filings: Apple's 10-Q for the quarter ended July 1, 2023 in PDF, inline XBRL
/// and XBRL (one filing in three formats: they agree), Microsoft's 10-K for fiscal 2013 (HTML,
/// no registrant name read from it) and its fiscal 2015 XBRL instance (which restated fiscal
/// 2013), and Patriot Transportation's 10-Q PDF printed in thousands.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct CitingRealTests {
    static let files = [
        "pdf/AAPL_10Q_FY2023Q3.pdf", "ixbrl/AAPL_10Q_FY2023Q3.htm", "xbrl/AAPL_10Q_FY2023Q3/aapl-20230701_htm.xml",
        "html/MSFT_10K_FY2013.htm", "xbrl/MSFT_10K_FY2015/msft-20150630.xml", "pdf/PATI_10Q_FY2023Q3.pdf",
    ].map(SharedCorpus.path)

    static let appleCFO = "7b9b54830f07:cash_flow:changes-in-operating-assets-and-liabilities/cash-generated-by-operating-activities@9M-2023-07-01"
    static let appleCapex = "7b9b54830f07:cash_flow:investing-activities/payments-for-acquisition-of-property-plant-and-equipment@9M-2023-07-01"
    static let applePDF = "7b9b54830f07"

    private static let built = Task { () throws -> SQLiteCorpus in
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-cite-real-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let corpus = try SQLiteCorpus(path: folder.appendingPathComponent("corpus.sqlite").path)
        _ = try await CorpusIngest(jobs: 2).run(files, into: corpus)
        return corpus
    }

    private static func task(_ criteria: [TaskFile.Criterion], sources: [String] = [applePDF]) -> TaskFile {
        TaskFile(id: "real", prompt: "", sources: sources.map { .init(id: $0, file: nil) }, assumptions: nil, criteria: criteria)
    }

    private static func criterion(_ citations: [String: String], _ expression: String, expected: String, scale: String? = "millions")
        -> TaskFile.Criterion {
        TaskFile.Criterion(text: expression, citations: citations.mapValues { .init(id: $0) }, expression: expression, expected: expected,
                           scale: scale, unit: "USD", tolerance: nil, accept: nil)
    }

    @Test func searchFindsALineByWordsOfItsLabel() async throws {
        let corpus = try await Self.built.value
        let hits = try corpus.rankedSearch("payments acquisition property plant equipment", filters: .init(entity: "Apple", year: 2023))
        #expect(hits.contains { $0.id == Self.appleCapex && $0.fact?.printed == "(8,796)" && $0.page == 8 })
    }

    @Test func showRoundTripsEveryFactOfSeveralDocuments() async throws {
        let corpus = try await Self.built.value
        let held = try corpus.heldFacts()
        #expect(Set(held.map(\.document)).count >= 5)
        for fact in held {
            #expect(try CitationDetail.resolve(fact.id, in: corpus)?.fact.decimalValue == fact.value)
        }
        let detail = try #require(try CitationDetail.load(Self.appleCFO, counterparts: Counterparts(corpus: corpus)))
        #expect(detail.others.count == 2 && detail.others.allSatisfy { $0.agrees })
    }

    @Test func findValueFindsAValuePrintedInMillions() async throws {
        let corpus = try await Self.built.value
        let matches = try ValueFinder(corpus: corpus).find(try #require(PrintedNumber("88,945")), filters: .init(entity: "Apple"))
        #expect(matches.contains { $0.fact.id == Self.appleCFO && $0.scale == 1_000_000 })
    }

    @Test func conflictsFindMicrosoftsRestatementAndNoneInApplesThreeFormats() async throws {
        let corpus = try await Self.built.value
        let microsoft = try ConflictFinder(corpus: corpus).find(entity: "Microsoft")
        #expect(microsoft.contains { $0.concept == "cost_of_revenue" && $0.period == "FY2013"
            && Set([$0.first.value, $0.second.value]) == ["20249000000", "20385000000"] })
        #expect(try ConflictFinder(corpus: corpus).find(entity: "Apple").isEmpty)
    }

    @Test func checkPassesACorrectFreeCashFlowTask() async throws {
        let checker = TaskChecker(counterparts: try Counterparts(corpus: try await Self.built.value))
        let report = try checker.check(Self.task([Self.criterion(["cfo": Self.appleCFO, "capex": Self.appleCapex], "cfo + capex", expected: "80,149")]))
        #expect(report.passed, "\(report)")
    }

    @Test func checkFailsEachTrapWithItsReason() async throws {
        let checker = TaskChecker(counterparts: try Counterparts(corpus: try await Self.built.value))
        func kinds(_ criterion: TaskFile.Criterion, sources: [String] = [Self.applePDF]) throws -> Set<TaskChecker.Problem.Kind> {
            Set(try checker.check(Self.task([criterion], sources: sources)).criteria[0].problems.map(\.kind))
        }
        let fcf = ["cfo": Self.appleCFO, "capex": Self.appleCapex]
        #expect(try kinds(Self.criterion(fcf, "cfo + capex", expected: "80,150")) == [.wrongExpected])
        #expect(try kinds(Self.criterion(["cfo": Self.appleCFO, "capex": Self.appleCapex + "-gone"], "cfo + capex", expected: "80,149"))
            == [.unresolved])
        let patiCapex = "7bba9356a0c2:cash_flow:cash-flows-from-investing-activities/purchase-of-property-and-equipment@9M-2023-06-30"
        #expect(try kinds(Self.criterion(["cfo": Self.appleCFO, "capex": patiCapex], "cfo - abs(capex)", expected: "80,129"),
                          sources: [Self.applePDF, "7bba9356a0c2"]) == [.scalesMixedUnscaled])
        let quarter = "7b9b54830f07:income:operating-expenses/research-and-development@3M-2023-07-01"
        let nineMonths = "7b9b54830f07:income:operating-expenses/research-and-development@9M-2023-07-01"
        #expect(try kinds(Self.criterion(["q": quarter, "ytd": nineMonths], "ytd - q", expected: "15,166")) == [.incompatible])
        let inline = "2553e40ec7e9:cash_flow:us-gaap:NetCashProvidedByUsedInOperatingActivities@9M-2023-07-01"
        #expect(try kinds(Self.criterion(["cfo": inline, "capex": Self.appleCapex], "cfo + capex", expected: "80,149")).contains(.outsideSources))
        #expect(try kinds(Self.criterion(["cfo": inline, "capex": Self.appleCapex], "cfo + capex", expected: "80,149"),
                          sources: [Self.applePDF, "2553e40ec7e9"]) == [.ambiguous])
    }
}
