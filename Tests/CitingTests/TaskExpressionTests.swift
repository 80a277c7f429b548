import Citing
import Foundation
import Testing

/// The arithmetic of a rubric: parsed by our own small parser, evaluated with units, scales and
/// period lengths kept.
@Suite struct TaskExpressionTests {
    private func quantity(_ name: String, _ value: Decimal, unit: String? = "USD", period: String = "FY2024", scale: Int = 1_000_000) -> Quantity {
        Quantity(value: value, unscaled: value / Decimal(scale), unit: unit, period: PeriodShape(key: period), scale: scale, name: name)
    }

    @Test func parsesPrecedenceParenthesesAndAbs() throws {
        let growth = try TaskExpression(parsing: "(rev - rev_prior) / rev_prior * 100")
        #expect(growth.names == ["rev", "rev_prior"])
        var problems: [String] = []
        var notes: [String] = []
        let result = Quantity.evaluate(growth, ["rev": quantity("rev", 6_498), "rev_prior": quantity("rev_prior", 5_943)],
                                       problems: &problems, notes: &notes)
        #expect(problems.isEmpty && result?.unit == nil)
        #expect((result!.value - Decimal(string: "9.3387178192")!).magnitude < Decimal(string: "0.0000001")!)
        let fcf = try TaskExpression(parsing: "cfo - abs(capex) + -1")
        #expect(Quantity.evaluate(fcf, ["cfo": quantity("cfo", 10), "capex": quantity("capex", -4)], problems: &problems, notes: &notes)?.value == 5)
    }

    @Test func rejectsWhatIsNoArithmetic() {
        #expect(throws: TaskExpressionError.self) { try TaskExpression(parsing: "cfo - ") }
        #expect(throws: TaskExpressionError.self) { try TaskExpression(parsing: "system(\"rm\")") }
        #expect(throws: TaskExpressionError.self) { try TaskExpression(parsing: "(a + b") }
    }

    @Test func flagsUnitsAndPeriodsThatCannotBeAdded() throws {
        var problems: [String] = []
        var notes: [String] = []
        _ = Quantity.evaluate(try TaskExpression(parsing: "q - fy + shares"),
                              ["q": quantity("q", 1, period: "3M-2024-03-31"), "fy": quantity("fy", 2),
                               "shares": quantity("shares", 3, unit: "shares")], problems: &problems, notes: &notes)
        #expect(problems.first?.contains("3-month period") == true && problems.contains { $0.contains("units differ") })
        problems = []
        _ = Quantity.evaluate(try TaskExpression(parsing: "a - b"), ["a": quantity("a", 1), "b": quantity("b", 1, scale: 1_000)],
                              problems: &problems, notes: &notes)
        #expect(problems.isEmpty && notes.count == 1)
    }
}
