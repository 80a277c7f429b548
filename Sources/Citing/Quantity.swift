import Foundation

/// A value in an expression with what it is counted in: its unit (nil for a pure number), the
/// shape of its period, and the scale its figure was printed in. Evaluating keeps two results:
/// in full units (what the figures mean) and unscaled (what the printed figures give when read
/// as written — the mistake of taking thousands and millions alike).
public struct Quantity: Sendable, Equatable {
    public var value: Decimal
    public var unscaled: Decimal
    public var unit: String?
    public var period: PeriodShape?
    public var scale: Int?
    /// How the quantity reads in messages (`cfo`, `(cfo + capex)`).
    public var name: String

    public init(value: Decimal, unscaled: Decimal, unit: String?, period: PeriodShape?, scale: Int?, name: String) {
        self.value = value
        self.unscaled = unscaled
        self.unit = unit
        self.period = period
        self.scale = scale
        self.name = name
    }

    /// Evaluates `expression` over named quantities; `problems` collects every incompatible
    /// operation (USD plus shares, a quarter minus a year, a balance plus a flow), `notes` the
    /// scales mixed (compatible in full units, a trap for whoever reads the printed figures).
    public static func evaluate(_ expression: TaskExpression, _ names: [String: Quantity],
                                problems: inout [String], notes: inout [String]) -> Quantity? {
        switch expression {
        case .number(let n):
            return Quantity(value: n, unscaled: n, unit: nil, period: nil, scale: nil, name: "\(n)")
        case .name(let name):
            if names[name] == nil { problems.append("\(name) is not a citation of the criterion") }
            return names[name]
        case .negate(let e):
            guard var q = evaluate(e, names, problems: &problems, notes: &notes) else { return nil }
            q.value = -q.value
            q.unscaled = -q.unscaled
            q.name = "-" + q.name
            return q
        case .abs(let e):
            guard var q = evaluate(e, names, problems: &problems, notes: &notes) else { return nil }
            q.value = q.value.magnitude
            q.unscaled = q.unscaled.magnitude
            q.name = "abs(\(q.name))"
            return q
        case .binary(let op, let l, let r):
            guard let a = evaluate(l, names, problems: &problems, notes: &notes),
                  let b = evaluate(r, names, problems: &problems, notes: &notes) else { return nil }
            return combine(op, a, b, problems: &problems, notes: &notes)
        }
    }

    private static func combine(_ op: Character, _ a: Quantity, _ b: Quantity, problems: inout [String], notes: inout [String]) -> Quantity? {
        let name = "(\(a.name) \(op) \(b.name))"
        switch op {
        case "+", "-":
            let verb = op == "+" ? "plus" : "minus"
            if let x = a.unit, let y = b.unit, x != y { problems.append("\(a.name) (\(x)) \(verb) \(b.name) (\(y)): units differ") }
            if let x = a.period, let y = b.period, !x.isAdditive(with: y) {
                problems.append("\(a.name) (\(x)) \(verb) \(b.name) (\(y)): periods differ")
            }
            if let x = a.scale, let y = b.scale, x != y {
                notes.append("\(a.name) is printed ×\(x), \(b.name) ×\(y): compared in full units")
            }
            let value = op == "+" ? a.value + b.value : a.value - b.value
            let unscaled = op == "+" ? a.unscaled + b.unscaled : a.unscaled - b.unscaled
            return Quantity(value: value, unscaled: unscaled, unit: a.unit ?? b.unit, period: a.period ?? b.period,
                            scale: a.scale == b.scale ? a.scale : nil, name: name)
        case "*":
            let unit = a.unit == nil ? b.unit : b.unit == nil ? a.unit : "\(a.unit!)*\(b.unit!)"
            return Quantity(value: a.value * b.value, unscaled: a.unscaled * b.unscaled, unit: unit, period: nil, scale: nil, name: name)
        default:
            guard b.value != 0, b.unscaled != 0 else {
                problems.append("\(name): division by zero")
                return nil
            }
            let unit = a.unit == b.unit ? nil : b.unit == nil ? a.unit : "\(a.unit ?? "1")/\(b.unit!)"
            return Quantity(value: a.value / b.value, unscaled: a.unscaled / b.unscaled, unit: unit, period: nil, scale: nil, name: name)
        }
    }
}
