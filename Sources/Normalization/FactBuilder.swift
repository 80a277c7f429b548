import Foundation
import TickmarkModel

/// Turns one printed (or tagged) cell into a fact: value with sign, scale and unit applied,
/// the printed text beside it, and the tagged value when there is one.
struct FactBuilder: Sendable {
    var scale: ScaleRules
    /// The statement's currency (ISO code), or nil when it does not say.
    var currency: String?

    /// The fact, and a diagnostic when the printed text is not an amount. A tagged unit decides
    /// the measure before the line's `measure` (read from its label) does.
    func fact(_ cell: RecognizedCell, period: String, measure lineMeasure: LineMeasure) -> (Fact, Diagnostic?) {
        let xbrlValue = cell.fact?.value.flatMap(AmountParser.parse)?.value
        let measure = cell.unit.flatMap(LineMeasure.of(unit:)) ?? lineMeasure
        if let tagged = cell.fact, tagged.printed == nil {
            // An XBRL instance prints nothing: the value is the fact's own.
            let unit = cell.unit ?? unitName(for: measure, percent: false)
            return (Fact(id: "", period: period, value: xbrlValue, printed: cell.printed, xbrlValue: xbrlValue,
                         unit: unit, locator: cell.locator), nil)
        }
        let parsed = AmountParser.parse(cell.printed)
        var value: Decimal?
        if let parsed {
            value = parsed.scaled(byPowerOfTen: parsed.isPercent ? -2 : scale.exponent(for: measure))
        }
        let unit = cell.unit ?? unitName(for: measure, percent: parsed?.isPercent ?? false)
        let fact = Fact(id: "", period: period, value: value, printed: cell.printed, xbrlValue: xbrlValue,
                        unit: unit, locator: cell.locator)
        guard parsed == nil else { return (fact, nil) }
        let diagnostic = Diagnostic(code: "amount-unreadable", message: "not an amount: \"\(cell.printed)\" (\(period))",
                                    page: cell.locator.page)
        return (fact, diagnostic)
    }

    /// Our unit name for a measure: the currency, currency per share, shares, or pure.
    func unitName(for measure: LineMeasure, percent: Bool) -> String? {
        if percent { return "pure" }
        switch measure {
        case .money: return currency
        case .perShare: return currency.map { "\($0)/shares" }
        case .shares: return "shares"
        case .pure: return "pure"
        }
    }
}
