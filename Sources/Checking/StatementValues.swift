import Foundation
import TickmarkModel

/// A statement as the checks read it: each line's value in a period, and the rounding of the
/// printed figure, so that a sum is compared within what the printing allows.
struct StatementValues {
    let statement: Statement
    private let factIndex: [[String: Int]]
    /// Each line's role, read once: the rules ask for roles many times.
    private let roles: [LineRole?]

    init(_ statement: Statement) {
        self.statement = statement
        roles = statement.lines.map(LineRole.of)
        factIndex = statement.lines.map { line in
            var byPeriod: [String: Int] = [:]
            for (index, fact) in line.facts.enumerated() where byPeriod[fact.period] == nil && fact.labelConcept == nil {
                byPeriod[fact.period] = index
            }
            return byPeriod
        }
    }

    var lines: [Line] { statement.lines }

    /// The fact of a line in a period, if the line prints one there.
    func fact(line: Int, period: String) -> Fact? {
        factIndex[line][period].map { statement.lines[line].facts[$0] }
    }

    /// The line's value in the period as presented: a dash counts as zero; a tagged value the
    /// filer's XBRL presentation shows negated (`Line.isPresentedNegated`) counts with its sign
    /// reversed; nil when the line prints nothing there.
    func value(line: Int, period: String) -> Decimal? {
        guard let fact = fact(line: line, period: period) else { return nil }
        guard let value = fact.value else { return fact.printed == nil ? nil : 0 }
        return statement.lines[line].isPresentedNegated ? -value : value
    }

    /// One unit of the last printed digit of the value: 1,000,000 for "1,577" in millions, 0.01
    /// for "3.45". A tagged value printed nowhere counts its trailing zeros (at most six).
    func roundingUnit(line: Int, period: String) -> Decimal {
        guard let fact = fact(line: line, period: period), let value = fact.value, value != 0 else { return 1 }
        let digits = (fact.printed ?? "").filter(\.isNumber)
        guard let printed = Decimal(string: digits), printed != 0 else { return 1 }
        var unit = value.magnitude / printed
        if unit == 1 {
            var trailing = 0
            for digit in digits.reversed() where trailing < 6 { if digit == "0" { trailing += 1 } else { break } }
            unit = Decimal(sign: .plus, exponent: trailing, significand: 1)
        }
        return unit
    }

    /// The indexes of the lines whose canonical or tagged role is `role`, in printed order.
    func lines(withRole role: LineRole) -> [Int] {
        roles.indices.filter { roles[$0] == role }
    }
}

/// Compares an expected figure with the printed one, allowing for each figure's rounding.
enum Tolerance {
    /// Half a unit of rounding per figure involved, at least one unit of the coarsest: what
    /// rounding alone can do to a printed sum.
    static func allows(_ expected: Decimal, _ actual: Decimal, units: [Decimal]) -> Bool {
        allows(expected, actual, coarsest: units.max() ?? 1, figures: units.count)
    }

    /// `allows` for `figures` figures whose coarsest unit is `coarsest`.
    static func allows(_ expected: Decimal, _ actual: Decimal, coarsest: Decimal, figures: Int) -> Bool {
        let allowance = max(coarsest, coarsest * Decimal(figures) / 2)
        return (expected - actual).magnitude <= allowance
    }

    /// At most one unit of the coarsest figure: for relations we only suppose (a subtotal nobody
    /// marked, a sign nobody printed), where a wide allowance would let chance agree.
    static func closelyAllows(_ expected: Decimal, _ actual: Decimal, units: [Decimal]) -> Bool {
        closelyAllows(expected, actual, coarsest: units.max() ?? 1)
    }

    /// `closelyAllows` for figures whose coarsest unit is `coarsest`.
    static func closelyAllows(_ expected: Decimal, _ actual: Decimal, coarsest: Decimal) -> Bool {
        (expected - actual).magnitude <= coarsest
    }
}
