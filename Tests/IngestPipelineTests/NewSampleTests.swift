import Foundation
import Testing
import TickmarkModel
@testable import IngestPipeline

/// The ligature-less 10-Q and the predecessor/successor 10-K: real values, periods, labels as
/// printed, canonical concepts, and statements that pass their self-checks.
@Suite struct NewSampleTests {
    static let ligatures = "northwind-10q-2025-q1-ligatures.pdf"
    static let stubPDF = "northwind-sensors-10k-2024-stub-periods.pdf"
    static let stubIXBRL = "northwind-sensors-10k-2024-stub-periods-ixbrl.htm"

    private func statement(_ record: DocumentRecord, _ kind: StatementKind) throws -> Statement {
        try #require(record.statements.first { $0.kind == kind }, "no \(kind.rawValue) statement in \(record.file)")
    }

    private func value(_ statement: Statement, _ label: String, _ period: String) -> Decimal? {
        statement.lines.first { $0.label == label }?.facts.first { $0.period == period }?.value
    }

    private func expectNoFailedChecks(_ record: DocumentRecord) {
        for statement in record.statements {
            let failed = statement.checks.filter { $0.status == .fail }
            #expect(failed.isEmpty, "\(record.file) \(statement.kind.rawValue): \(failed.map(\.rule.rawValue))")
        }
    }

    @Test func ligatureGapsAreRecognisedAndKeptAsPrinted() throws {
        let record = try Pipeline().run(path: SampleFilings.path(Self.ligatures))
        #expect(record.form == "10-Q")
        #expect(Set(record.statements.map(\.kind)) == [.income, .balance, .cashFlow])

        let income = try statement(record, .income)
        #expect(income.periods.map(\.key) == ["3M-2025-03-31", "3M-2024-03-31"])
        let gross = try #require(income.lines.first { $0.label == "Gross pro t" })
        #expect(gross.concept == "gross_profit")
        #expect(gross.isTotal)
        #expect(gross.id.hasSuffix(":income:gross-pro-t"))
        #expect(value(income, "Gross pro t", "3M-2025-03-31") == 805_000_000)

        let balance = try statement(record, .balance)
        #expect(balance.periods.map(\.key) == ["2025-03-31", "2024-12-31"])
        #expect(value(balance, "Accrued compensation and bene ts", "2025-03-31") == 463_000_000)

        let cash = try statement(record, .cashFlow)
        #expect(cash.title.contains("cash ows"))
        let financing = try #require(cash.lines.first { $0.label == "Net cash used in nancing activities" })
        #expect(financing.isTotal)
        #expect(financing.concept == "net_cash_from_financing")
        #expect(financing.section == ["Cash ows from nancing activities"])
        #expect(financing.facts.first { $0.period == "3M-2025-03-31" }?.value == -127_000_000)
        #expect(cash.lines.first { $0.label == "Dividends paid" }?.section == ["Cash ows from nancing activities"])
        #expect(cash.lines.first { $0.label == "Net increase in cash and cash equivalents" }?.section == [])
        expectNoFailedChecks(record)
    }

    @Test(arguments: [stubPDF, stubIXBRL])
    func stubPeriodsKeepTheirOwnDates(_ name: String) throws {
        let record = try Pipeline().run(path: SampleFilings.path(name))
        let income = try statement(record, .income)
        #expect(income.periods.map(\.key) == ["10M-2024-12-31", "2M-2024-02-29"])
        #expect(income.periods.map { $0.start?.iso } == ["2024-03-01", "2024-01-01"])
        #expect(income.periods.map { $0.end?.iso } == ["2024-12-31", "2024-02-29"])
        #expect(income.periods[0].header.contains("Successor"))
        #expect(income.periods[1].header.contains("Predecessor"))
        #expect(value(income, "Net income", "10M-2024-12-31") == 72_000_000)
        #expect(value(income, "Net income", "2M-2024-02-29") == 20_000_000)

        let balance = try statement(record, .balance)
        #expect(balance.periods.map(\.key) == ["2024-12-31", "2023-12-31"])
        #expect(value(balance, "Total assets", "2023-12-31") == 903_000_000)

        let cash = try statement(record, .cashFlow)
        #expect(cash.periods.map(\.key) == ["10M-2024-12-31", "2M-2024-02-29"])
        #expect(value(cash, "Cash and cash equivalents at end of period", "2M-2024-02-29") == 97_000_000)
        expectNoFailedChecks(record)
    }
}
