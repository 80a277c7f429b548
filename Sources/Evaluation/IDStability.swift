import Foundation
import TickmarkModel

/// What became of one build's fact IDs in another build of the same documents: each old ID
/// that held a value either still holds it, holds another value, or is gone.
public struct IDStability: Sendable {
    public var kept = 0
    public var changedValue: [(id: String, old: Decimal, new: Decimal?)] = []
    public var gone: [String] = []
    /// IDs only the new build has.
    public var added = 0

    public init(old: [DocumentRecord], new: [DocumentRecord]) {
        let before = Self.values(old)
        let after = Self.values(new)
        for (id, value) in before.sorted(by: { $0.key < $1.key }) {
            guard let now = after[id] else {
                gone.append(id)
                continue
            }
            if now == value { kept += 1 } else { changedValue.append((id, value, now)) }
        }
        added = after.keys.filter { before[$0] == nil }.count
    }

    /// Fact IDs that hold a value (a dash holds none), with that value.
    static func values(_ documents: [DocumentRecord]) -> [String: Decimal] {
        var result: [String: Decimal] = [:]
        for document in documents {
            for statement in document.statements {
                for line in statement.lines {
                    for fact in line.facts { if let value = fact.value { result[fact.id] = value } }
                }
            }
        }
        return result
    }

    public var total: Int { kept + changedValue.count + gone.count }
}
