import Citing
import CorpusStore
import Foundation
import SampleCorpusSupport
import Testing

/// `cite` over the sample filings: one fictional 10-K in four formats agrees with itself, so
/// every fact has counterparts that are equal, and the sample tasks check out.
@Suite struct SampleCitingTests {
    static let cfo = "8ec908656146:cash_flow:changes-in-operating-assets-and-liabilities/net-cash-provided-by-operating-activities@FY2024"
    static let capex = "8ec908656146:cash_flow:cash-flows-from-investing-activities/purchases-of-property-plant-and-equipment@FY2024"

    @Test func searchFindsALineByWordsOfItsLabelWithFilters() async throws {
        let corpus = try await SampleCorpus.corpus()
        let hits = try corpus.rankedSearch("purchases property plant equipment", filters: .init(entity: "NWIN", year: 2024, statement: "cash_flow"))
        #expect(hits.contains { $0.id == Self.capex && $0.fact?.printed == "(412)" && $0.fact?.value == "-412000000" && $0.page == 4 })
        #expect(hits.allSatisfy { $0.kind == "fact" && $0.fact!.period.contains("2024") && $0.fact!.statement.kind == "cash_flow" })
    }

    @Test func showListsTheSameFactInTheOtherFormatsAsEqual() async throws {
        let corpus = try await SampleCorpus.corpus()
        let detail = try #require(try CitationDetail.load(Self.capex, counterparts: Counterparts(corpus: corpus)))
        #expect(detail.fact.value == "-412000000" && !detail.isAlias)
        #expect(detail.printedRow.contains("(412)"))
        #expect(Set(detail.others.map(\.fact.document.id)) == ["31dc4157bb1c", "4cad2aaeea71", "282a00110162"])
        #expect(detail.others.allSatisfy { $0.agrees })
    }

    @Test func aStatementRendersWithEveryLineID() async throws {
        let corpus = try await SampleCorpus.corpus()
        let table = try #require(try StatementTable.load("8ec908656146:cash_flow", from: corpus))
        #expect(table.periods == ["FY2024", "FY2023"])
        let text = table.rendered()
        for row in table.rows { #expect(text.contains(row.line.id)) }
        #expect(text.contains("(412)") && text.contains("1,239"))
    }

    @Test func findValueReadsTheNumberInMillions() async throws {
        let corpus = try await SampleCorpus.corpus()
        let matches = try ValueFinder(corpus: corpus).find(try #require(PrintedNumber("(412)")))
        #expect(matches.contains { $0.fact.id == Self.capex && $0.scale == 1_000_000 && $0.exact })
        let rounded = try ValueFinder(corpus: corpus).find(try #require(PrintedNumber("1.24 billion")))
        #expect(rounded.contains { $0.fact.id == Self.cfo && !$0.exact })
    }

    @Test func theFourFormatsOfOneFilingDoNotConflict() async throws {
        let corpus = try await SampleCorpus.corpus()
        #expect(try ConflictFinder(corpus: corpus).find(entity: "Northwind Instruments").isEmpty)
    }

    @Test func sampleTasksCheckOut() async throws {
        let checker = TaskChecker(counterparts: try Counterparts(corpus: try await SampleCorpus.corpus()))
        let paths = TaskFile.paths(in: SampleCorpus.taskFolder)
        #expect(paths.count == 2)
        for path in paths {
            let report = try checker.check(TaskFile.load(path: path))
            #expect(report.passed, "\(path): \(report)")
        }
    }

    @Test func aQuarterMinusAYearAndACitationOutsideTheSourcesFail() async throws {
        let checker = TaskChecker(counterparts: try Counterparts(corpus: try await SampleCorpus.corpus()))
        var task = try TaskFile.load(path: SampleCorpus.taskFolder + "/nwin-free-cash-flow-2024.yaml")
        task.criteria[1].citations?["capex"] = .init(
            id: "4391f04de236:cash_flow:cash-ows-from-investing-activities/purchases-of-property-plant-and-equipment@3M-2025-03-31")
        let report = try checker.check(task)
        let kinds = Set(report.criteria[1].problems.map(\.kind))
        #expect(kinds.isSuperset(of: [.incompatible, .outsideSources, .wrongExpected]), "\(report)")
        #expect(report.criteria[1].problems.contains { $0.message.contains("3-month period") && $0.message.contains("12-month period") })
        #expect(report.criteria[0].passed)
    }
}

/// The nightly rebuild's check of a task folder: silent for the samples, a clear line for a cited ID that is gone.
@Suite struct TaskFolderCheckTests {
    @Test func aVanishedIDIsListedAndTheSamplesHold() async throws {
        let corpus = try await SampleCorpus.corpus()
        #expect(try TaskFolderCheck.problems(folder: SampleCorpus.taskFolder, corpus: corpus).isEmpty)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tickmark-tasks-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: SampleCorpus.taskFolder + "/nwin-free-cash-flow-2024.yaml", encoding: .utf8)
            .replacingOccurrences(of: "purchases-of-property-plant-and-equipment@FY2024", with: "purchases-of-property@FY2024")
        try text.write(toFile: folder + "/gone.yaml", atomically: true, encoding: .utf8)
        let problems = try TaskFolderCheck.problems(folder: folder, corpus: corpus)
        #expect(problems.count == 1 && problems[0].contains("gone.yaml: criterion 2") && problems[0].contains("does not resolve"))
    }
}
