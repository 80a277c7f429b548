import CorpusStore
import Foundation

extension CitedFact {
    /// The value as a decimal number; nil for a dash.
    public var decimalValue: Decimal? { value.flatMap { Decimal(string: $0) } }
}
