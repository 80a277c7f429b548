import Foundation
import TickmarkModel

/// What became of one build's fact IDs in another build of the same documents: each old ID
/// that held a value still holds it (directly, or through an alias: a new ID at the same place
/// holding the same value), holds another value, or is gone.
public struct IDStability: Sendable {
    public var kept = 0
    /// Old IDs gone whose value a new ID holds at the same place: old ID → new ID.
    public var aliased: [(old: String, new: String)] = []
    public var changedValue: [(id: String, old: Decimal, new: Decimal?)] = []
    public var gone: [String] = []
    /// IDs only the new build has.
    public var added = 0

    /// One fact that holds a value.
    struct Held {
        var id: String
        var document: String
        var value: Decimal
        var locator: Locator
    }

    public init(old: [DocumentRecord], new: [DocumentRecord]) {
        let before = Self.held(old)
        let after = Self.held(new)
        let afterByID = Dictionary(after.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let afterByPlace = Dictionary(grouping: after) { "\($0.document) \($0.locator.placeBucket)" }
        let beforeIDs = Set(before.map(\.id))
        for fact in before.sorted(by: { $0.id < $1.id }) {
            if let now = afterByID[fact.id] {
                if now.value == fact.value { kept += 1 } else { changedValue.append((fact.id, fact.value, now.value)) }
                continue
            }
            let alias = afterByPlace["\(fact.document) \(fact.locator.placeBucket)"]?.first { candidate in
                !beforeIDs.contains(candidate.id) && candidate.value == fact.value && candidate.locator.isSamePlace(as: fact.locator)
            }
            if let alias { aliased.append((fact.id, alias.id)) } else { gone.append(fact.id) }
        }
        added = afterByID.keys.filter { !beforeIDs.contains($0) }.count
    }

    /// Fact IDs that hold a value (a dash holds none), with that value and place.
    static func held(_ documents: [DocumentRecord]) -> [Held] {
        documents.flatMap { document in
            document.statements.flatMap { statement in
                statement.lines.flatMap { line in
                    line.facts.compactMap { fact in
                        fact.value.map { Held(id: fact.id, document: document.id, value: $0, locator: fact.locator) }
                    }
                }
            }
        }
    }

    public var total: Int { kept + aliased.count + changedValue.count + gone.count }
    /// Old IDs that resolve to their value, directly or through an alias.
    public var resolving: Int { kept + aliased.count }
}
