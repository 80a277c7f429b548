import Testing
import TickmarkModel
@testable import Identification

@Suite struct StatementKeysTests {
    private func statement(_ kind: StatementKind, _ title: String = "CONSOLIDATED STATEMENTS OF INCOME",
                           currency: String = "USD", periods: [String]) -> Statement {
        Statement(id: "", kind: kind, title: title, pages: [], currency: currency, scale: 1_000_000,
                  periods: periods.map { key in
                      let isInstant = !key.hasPrefix("FY") && !key.contains("M-")
                      let year = Int(key.filter(\.isNumber).suffix(8).prefix(4)) ?? Int(key.dropFirst(2))
                      return Period(key: key, type: isInstant ? .instant : .duration, start: nil,
                                    end: CalendarDate(year: year ?? 2000, month: 12, day: 31), fiscalYear: year, header: key)
                  }, lines: [])
    }

    private func keys(_ statements: [Statement]) -> [String] {
        StatementKeys.make(for: statements).map { CitationID(document: "3f9a1c0b7d2e", target: .statement($0)).description }
    }

    @Test func furtherStatementsAreToldApartByWhatTheyPrint() {
        #expect(keys([
            statement(.income, periods: ["3M-2023-07-02", "3M-2022-07-03"]),
            statement(.income, periods: ["6M-2023-07-02", "6M-2022-07-03"]),
            statement(.balance, currency: "CNY", periods: ["2024-12-31", "2023-12-31"]),
            statement(.balance, currency: "USD", periods: ["2024-12-31"]),
            statement(.equity, periods: ["2023-06-30", "3M-2023-09-30", "2023-09-30"]),
            statement(.equity, periods: ["2022-06-30", "3M-2022-09-30", "2022-09-30"]),
        ]) == ["3f9a1c0b7d2e:income", "3f9a1c0b7d2e:income.6m", "3f9a1c0b7d2e:balance", "3f9a1c0b7d2e:balance.usd",
               "3f9a1c0b7d2e:equity", "3f9a1c0b7d2e:equity.2022"])
    }

    @Test func onlyWhenNothingPrintedDiffersIsItsPlaceUsed() {
        #expect(keys([
            statement(.income, periods: ["FY2018"]),
            statement(.income, "CONDENSED STATEMENTS OF INCOME", periods: ["FY2018"]),
            statement(.income, "CONDENSED STATEMENTS OF INCOME", periods: ["FY2018"]),
        ]) == ["3f9a1c0b7d2e:income", "3f9a1c0b7d2e:income.condensed-statements-of-income", "3f9a1c0b7d2e:income.3"])
    }

    @Test func aStatementFoundLaterLeavesTheFirstAlone() {
        let alone = keys([statement(.income, periods: ["FY2018"])])
        let withAnother = keys([statement(.income, periods: ["FY2018"]), statement(.income, periods: ["3M-2018-12-31"])])
        #expect(alone.first == withAnother.first)
    }
}
