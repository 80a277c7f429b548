import CorpusStore
import Foundation

/// `cite find-value`: where a number appears in the corpus, whatever scale its statement printed
/// it in. A number written without a scale word (`1,577`, `(1,577)`) is looked for as ones,
/// thousands, millions and billions; with one (`1.58 billion`) only as written. A fact matches
/// when its magnitude rounds to the number at the number's printed precision.
public struct ValueFinder: Sendable {
    public let corpus: SQLiteCorpus

    public init(corpus: SQLiteCorpus) {
        self.corpus = corpus
    }

    /// A fact holding the number, and the scale the number was read in (1, 1000, …).
    public struct Match: Sendable, Codable, Equatable {
        public var fact: CitedFact
        public var scale: Int
        /// Whether the value is exactly the number times the scale (not only after rounding).
        public var exact: Bool
    }

    /// The facts holding `number` that pass the filters (those of `cite search`), exact matches
    /// first, at most `limit`.
    public func find(_ number: PrintedNumber, filters: SQLiteCorpus.SearchFilters = .init(), limit: Int = 50) throws(CorpusError) -> [Match] {
        let scales = number.hasScaleWord || number.isPercent ? [1] : [1, 1_000, 1_000_000, 1_000_000_000]
        let magnitude = number.value.magnitude
        let ranges = scales.map { scale -> ClosedRange<Double> in
            let s = Decimal(scale)
            return Self.double((magnitude - number.halfUnit) * s)...Self.double((magnitude + number.halfUnit) * s)
        }
        let facts = try corpus.facts(magnitudeIn: ranges, filters: filters, limit: limit * 4)
        let matches = facts.compactMap { fact -> Match? in
            guard let value = fact.decimalValue?.magnitude else { return nil }
            guard let scale = scales.first(where: { (value - magnitude * Decimal($0)).magnitude <= number.halfUnit * Decimal($0) }) else {
                return nil
            }
            return Match(fact: fact, scale: scale, exact: value == magnitude * Decimal(scale))
        }
        return Array(matches.sorted { ($0.exact ? 0 : 1, $0.fact.id) < ($1.exact ? 0 : 1, $1.fact.id) }.prefix(limit))
    }

    /// Whether a document is the entity named: ticker or CIK, or part of its name.
    public static func matches(_ entity: String, _ document: DocumentSummary) -> Bool {
        document.ticker?.caseInsensitiveCompare(entity) == .orderedSame || document.cik == entity
            || document.entity?.localizedCaseInsensitiveContains(entity) == true
    }

    private static func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }
}
