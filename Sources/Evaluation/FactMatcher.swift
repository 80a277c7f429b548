import Foundation
import TickmarkModel

/// Why a gold fact was not found, at the first step that failed.
public enum MissReason: Sendable, Equatable {
    /// The file could not be ingested (the error says why).
    case noDocument(String)
    /// No statement of the kind; `present` lists the kinds we did find.
    case noStatement(kind: String, present: [String])
    /// No line with that label; `closest` are our nearest labels in statements of the kind,
    /// `sameConcept` the labels of our lines tagged with the gold's XBRL concept.
    case noLabelMatch(closest: [String], sameConcept: [String] = [])
    /// The line exists but has no fact for the period; `available` lists the periods it has.
    case periodMissing(wanted: String, available: [String])
    /// Line and period found, other value(s).
    case valueDiffers(ours: [String])
    /// Value found, on other page(s).
    case pageDiffers(ours: [Int])
    /// The gold line itself could not be read (bad period).
    case badGold(String)

    /// The step that failed, for tallies: `no doc`, `no statement of kind`, ….
    public var category: String {
        switch self {
        case .noDocument: "no doc"
        case .noStatement: "no statement of kind"
        case .noLabelMatch: "no label match"
        case .periodMissing: "period missing"
        case .valueDiffers: "value differs"
        case .pageDiffers: "page differs"
        case .badGold: "bad gold line"
        }
    }

    /// One line saying what we have instead.
    public var detail: String {
        switch self {
        case .noDocument(let error): "ingest failed: \(error)"
        case .noStatement(let kind, let present):
            "no \(kind) statement; we have [\(present.joined(separator: ", "))]"
        case .noLabelMatch(let closest, let sameConcept):
            (closest.isEmpty ? "no labelled lines" : "closest: " + closest.map { "\"\($0)\"" }.joined(separator: ", "))
                + (sameConcept.isEmpty ? "" : "; same concept: " + sameConcept.map { "\"\($0)\"" }.joined(separator: ", "))
        case .periodMissing(let wanted, let available):
            "wanted \(wanted); line has [\(available.joined(separator: ", "))]"
        case .valueDiffers(let ours): "ours [\(ours.joined(separator: ", "))]"
        case .pageDiffers(let ours): "ours on page(s) \(ours.map(String.init).joined(separator: ", "))"
        case .badGold(let reason): reason
        }
    }
}

/// The verdict on one gold fact, with hints that help tuning when it was missed.
public struct MatchOutcome: Sendable {
    public var gold: GoldFact
    /// Nil when found.
    public var miss: MissReason?
    /// Where the expected value does appear in our output (`balance › "Total assets" @2018-12-31 p58`).
    public var valueSeenAt: [String]

    public var isFound: Bool { miss == nil }
}

/// Checks gold facts against one ingested document: statement kind, folded label, period
/// (by end date and length), value × scale, and for PDFs the page.
public struct FactMatcher: Sendable {
    /// How many closest labels and value sightings a miss lists.
    public var hintCount = 3

    public init() {}

    /// Judges one gold fact against our record of its file (nil record: `ingestError` says why).
    public func judge(_ gold: GoldFact, record: DocumentRecord?, ingestError: String? = nil) -> MatchOutcome {
        guard let record else {
            return MatchOutcome(gold: gold, miss: .noDocument(ingestError ?? "not ingested"), valueSeenAt: [])
        }
        let miss = firstMiss(gold, in: record)
        let seen = miss == nil ? [] : sightings(of: gold.expectedValue, in: record)
        return MatchOutcome(gold: gold, miss: miss, valueSeenAt: seen)
    }

    private func firstMiss(_ gold: GoldFact, in record: DocumentRecord) -> MissReason? {
        guard let period = GoldPeriod(period: gold.period, periodEnd: gold.periodEnd) else {
            return .badGold("unreadable period \(gold.period)")
        }
        let statements = record.statements.filter { gold.statementKind == nil || $0.kind == gold.statementKind }
        if statements.isEmpty {
            let present = record.statements.map { statement in
                statement.kind.rawValue + (statement.pages.isEmpty ? "" : " p" + statement.pages.map(String.init).joined(separator: "-"))
            }
            return .noStatement(kind: gold.statement, present: present)
        }
        let wantedLabel = LabelFolding.fold(gold.label)
        let candidates = statements.flatMap { statement in
            statement.lines.filter { LabelFolding.fold($0.label) == wantedLabel }.map { (statement, $0) }
        }
        if candidates.isEmpty {
            let lines = statements.flatMap(\.lines)
            let closest = LabelSimilarity.closest(to: gold.label, among: lines.map(\.label), count: hintCount)
            let concept = gold.concept.map(Self.localName)
            let sameConcept = lines.filter { line in line.xbrlConcept.map(Self.localName) == concept && concept != nil }
            return .noLabelMatch(closest: closest, sameConcept: sameConcept.map(\.label))
        }
        let facts = candidates.flatMap { statement, line in
            let keys = Set(statement.periods.filter { period.matches($0) }.map(\.key))
            return line.facts.filter { keys.contains($0.period) }
        }
        if facts.isEmpty {
            let available = candidates.flatMap { statement, line in
                line.facts.map { fact in Self.describe(periodKey: fact.period, in: statement) }
            }
            return .periodMissing(wanted: period.description, available: Array(Set(available)).sorted())
        }
        let expected = gold.expectedValue
        let sameValue = facts.filter { $0.value == expected }
        if sameValue.isEmpty {
            return .valueDiffers(ours: facts.map { Self.describe($0.value, scale: gold.scale) })
        }
        guard let page = gold.page else { return nil }
        if sameValue.contains(where: { $0.locator.page == page }) { return nil }
        return .pageDiffers(ours: sameValue.compactMap(\.locator.page).sorted())
    }

    /// Every place the value appears, in document order, at most `hintCount`.
    private func sightings(of value: Decimal, in record: DocumentRecord) -> [String] {
        var found: [String] = []
        for statement in record.statements {
            for line in statement.lines {
                for fact in line.facts where fact.value == value {
                    let page = fact.locator.page.map { " p\($0)" } ?? ""
                    found.append("\(statement.kind.rawValue) › \"\(line.label)\" @\(fact.period)\(page)")
                    if found.count == hintCount { return found }
                }
            }
        }
        return found
    }

    /// `us-gaap:Revenues` → `Revenues`.
    static func localName(_ concept: String) -> String {
        concept.split(separator: ":").last.map(String.init) ?? concept
    }

    /// `FY2018 (to 2018-12-29)`: a key with its end date, as our statement defines it.
    static func describe(periodKey: String, in statement: Statement) -> String {
        guard let period = statement.periods.first(where: { $0.key == periodKey }), let end = period.end,
              !periodKey.contains(end.iso) else { return periodKey }
        return "\(periodKey) (to \(end.iso))"
    }

    /// `36500 ×1e6 (36500000000)`, or `null` for a dash.
    static func describe(_ value: Decimal?, scale: Decimal) -> String {
        guard let value else { return "null" }
        guard scale != 1 else { return "\(value)" }
        return "\(value / scale) ×\(scale) (\(value))"
    }
}
