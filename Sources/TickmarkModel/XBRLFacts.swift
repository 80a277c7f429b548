/// Facts read from an XBRL instance or from inline XBRL, with their contexts and units.
public struct XBRLFacts: Sendable {
    public var facts: [TaggedFact]
    public var contexts: [String: XBRLContext]
    public var units: [String: XBRLUnit]
    /// The presentation and label linkbases found beside an instance, if any.
    public var presentation: XBRLPresentation?
    /// Footnote texts by the `element` of the fact they annotate.
    public var footnotes: [String: [String]]

    public init(facts: [TaggedFact] = [], contexts: [String: XBRLContext] = [:], units: [String: XBRLUnit] = [:],
                presentation: XBRLPresentation? = nil, footnotes: [String: [String]] = [:]) {
        self.facts = facts
        self.contexts = contexts
        self.units = units
        self.presentation = presentation
        self.footnotes = footnotes
    }
}

/// One tagged fact (`ix:nonFraction`, `ix:nonNumeric`, or an instance fact element).
public struct TaggedFact: Sendable, Hashable {
    /// Prefixed concept name, e.g. `us-gaap:Assets`.
    public var concept: String
    public var contextRef: String
    public var unitRef: String?
    /// The fact's value in XBRL terms (scale and sign applied, no formatting), nil when nil.
    public var value: String?
    public var decimals: String?
    /// The `id` attribute, or a position-based name when the element has none.
    public var element: String
    /// The text printed in the document (inline XBRL only).
    public var printed: String?
    public var isNumeric: Bool
    /// The context's dimension members (axis → member), empty for a face fact.
    public var dimensions: [String: String]

    public init(concept: String, contextRef: String, unitRef: String?, value: String?, decimals: String?,
                element: String, printed: String? = nil, isNumeric: Bool, dimensions: [String: String] = [:]) {
        self.concept = concept
        self.contextRef = contextRef
        self.unitRef = unitRef
        self.value = value
        self.decimals = decimals
        self.element = element
        self.printed = printed
        self.isNumeric = isNumeric
        self.dimensions = dimensions
    }

    /// The dimension members as sorted `axis=member` strings, as lines and line keys carry them.
    public var dimensionMembers: [String] {
        dimensions.map { "\($0.key)=\($0.value)" }.sorted()
    }
}

/// An XBRL context: entity, period and dimension members.
public struct XBRLContext: Sendable, Hashable {
    public var id: String
    public var entity: String
    public var period: PeriodSpan?
    /// Dimension → member (explicit) or typed value, sorted by dimension when emitted.
    public var dimensions: [String: String]

    public init(id: String, entity: String, period: PeriodSpan?, dimensions: [String: String]) {
        self.id = id
        self.entity = entity
        self.period = period
        self.dimensions = dimensions
    }
}

/// An XBRL unit: measures multiplied, over measures divided (`iso4217:USD` / `xbrli:shares`).
public struct XBRLUnit: Sendable, Hashable {
    public var id: String
    public var numerator: [String]
    public var denominator: [String]

    public init(id: String, numerator: [String], denominator: [String] = []) {
        self.id = id
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Our unit name: `USD`, `USD/shares`, `shares`, `pure`.
    public var name: String {
        func local(_ m: String) -> String { String(m.split(separator: ":").last ?? Substring(m)) }
        let num = numerator.map(local).joined(separator: "*")
        return denominator.isEmpty ? num : num + "/" + denominator.map(local).joined(separator: "*")
    }
}
