import Testing
import TickmarkModel

@Suite struct PeriodKeyTests {
    private func date(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

    @Test func fullYearsAreKeyedByFiscalYear() {
        #expect(PeriodSpan(kind: .duration, end: date("2018-12-31"), months: 12).key == "FY2018")
        // 52-week year ending in the first week of January belongs to the year before.
        #expect(PeriodSpan(kind: .duration, end: date("2017-01-01"), weeks: 52).key == "FY2016")
        #expect(PeriodSpan(kind: .duration, end: date("2019-02-02"), start: date("2018-02-04")).key == "FY2019")
    }

    @Test func otherDurationsAreMonthsAndEndDate() {
        #expect(PeriodSpan(kind: .duration, end: date("2023-07-01"), months: 3).key == "3M-2023-07-01")
        #expect(PeriodSpan(kind: .duration, end: date("2024-11-02"), weeks: 13).key == "3M-2024-11-02")
        #expect(PeriodSpan(kind: .duration, end: date("2024-11-02"), weeks: 39).key == "9M-2024-11-02")
        #expect(PeriodSpan(kind: .duration, end: date("2023-06-30"), start: date("2023-01-01")).key == "6M-2023-06-30")
        #expect(PeriodSpan(kind: .duration, end: date("2023-06-30")).key == nil)
    }

    @Test func instantsAreISODates() {
        #expect(PeriodSpan.instant(date("2018-12-31")).key == "2018-12-31")
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(date("2024-02-28").adding(days: 1).iso == "2024-02-29")
    }
}
