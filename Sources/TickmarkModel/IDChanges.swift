import Foundation

/// One fact that holds a value, as two builds of a corpus are compared.
public struct HeldFact: Sendable, Hashable {
    public var id: String
    public var document: String
    public var value: Decimal
    public var locator: Locator

    public init(id: String, document: String, value: Decimal, locator: Locator) {
        self.id = id
        self.document = document
        self.value = value
        self.locator = locator
    }

    /// The facts of these records that hold a value (a dash holds none).
    public static func of(_ documents: [DocumentRecord]) -> [HeldFact] {
        documents.flatMap { document in
            document.statements.flatMap { statement in
                statement.lines.flatMap { line in
                    line.facts.compactMap { fact in
                        fact.value.map { HeldFact(id: fact.id, document: document.id, value: $0, locator: fact.locator) }
                    }
                }
            }
        }
    }
}

/// What became of one build's fact IDs in another build of the same documents: each old ID
/// still holds its value, holds it through an alias (it vanished while a new ID holds the same
/// value at the same place — `Locator.isSamePlace`), holds another value, or is gone.
public struct IDChanges: Sendable {
    public var kept = 0
    /// Old IDs gone whose value a new ID holds at the same place: old ID → new ID.
    public var aliased: [(old: String, new: String)] = []
    public var changedValue: [(id: String, old: Decimal, new: Decimal)] = []
    public var gone: [HeldFact] = []
    /// IDs only the new build has.
    public var added = 0

    public init(old: [HeldFact], new: [HeldFact]) {
        let afterByID = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let afterByPlace = Dictionary(grouping: new) { "\($0.document) \($0.locator.placeBucket)" }
        let beforeIDs = Set(old.map(\.id))
        for fact in old.sorted(by: { $0.id < $1.id }) {
            if let now = afterByID[fact.id] {
                if now.value == fact.value { kept += 1 } else { changedValue.append((fact.id, fact.value, now.value)) }
                continue
            }
            let alias = afterByPlace["\(fact.document) \(fact.locator.placeBucket)"]?.first { candidate in
                !beforeIDs.contains(candidate.id) && candidate.value == fact.value && candidate.locator.isSamePlace(as: fact.locator)
            }
            if let alias { aliased.append((fact.id, alias.id)) } else { gone.append(fact) }
        }
        added = afterByID.keys.filter { !beforeIDs.contains($0) }.count
    }

    /// Adds the changes of other documents.
    public mutating func add(_ other: IDChanges) {
        kept += other.kept
        aliased += other.aliased
        changedValue += other.changedValue
        gone += other.gone
        added += other.added
    }

    public var total: Int { kept + aliased.count + changedValue.count + gone.count }
    /// Old IDs that resolve to their value, directly or through an alias.
    public var resolving: Int { kept + aliased.count }
}
