/// The parent-child arcs of one presentation link, resolved the way XBRL relates concepts rather
/// than locators. Some filers' tools write a fresh locator for every arc, so an abstract placed
/// under the statement's root by one locator ("Operating revenues [Abstract]") gets its children
/// through another: the children of a locator are its own arcs, plus those of any locator of the
/// same concept that no arc reaches (an orphan that would otherwise float as a second root).
struct PresentationArcs {
    struct Arc {
        var from: String
        var to: String
        var order: Double
    }

    /// Labels that start a tree: sources no arc reaches whose concept no arc reaches either.
    let rootLabels: [String]
    private let arcs: [Arc]
    private let conceptByLabel: [String: String]
    private let arcsByLabel: [String: [Int]]
    private let orphansByConcept: [String: [String]]

    init(arcs: [Arc], conceptByLabel: [String: String]) {
        self.arcs = arcs
        arcsByLabel = Dictionary(grouping: arcs.indices, by: { arcs[$0].from })
        let targets = Set(arcs.map(\.to))
        let reachedConcepts = Set(targets.compactMap { conceptByLabel[$0] })
        let unreached = Set(arcs.map(\.from)).subtracting(targets).sorted()
        rootLabels = unreached.filter { conceptByLabel[$0].map { !reachedConcepts.contains($0) } ?? true }
        var orphans: [String: [String]] = [:]
        for label in unreached {
            guard let concept = conceptByLabel[label], reachedConcepts.contains(concept) else { continue }
            orphans[concept, default: []].append(label)
        }
        orphansByConcept = orphans
        self.conceptByLabel = conceptByLabel
    }

    /// Indexes of the arcs below a locator, in arc order (ties in document order).
    func children(of label: String) -> [Int] {
        var indexes = arcsByLabel[label] ?? []
        if let concept = conceptByLabel[label] {
            for orphan in orphansByConcept[concept] ?? [] where orphan != label { indexes += arcsByLabel[orphan] ?? [] }
        }
        return indexes.sorted { arcs[$0].order != arcs[$1].order ? arcs[$0].order < arcs[$1].order : $0 < $1 }
    }
}
