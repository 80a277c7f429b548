import TickmarkModel

/// Flattens a presentation tree into statement lines: abstracts become sections, hypercube
/// scaffolding (tables, axes, domains, members, line items) is walked through, and concepts
/// with face facts become lines labelled from the label linkbase.
enum PresentationOutline {
    private static let scaffolding = ["Table", "Axis", "Domain", "Member", "LineItems"]

    static func lines(_ role: PresentationRole, labels: [String: [String: String]], index: FactIndex) -> [OutlineLine] {
        var lines: [OutlineLine] = []
        var seen: Set<String> = []
        func visit(_ node: PresentationNode, section: [String], depth: Int) {
            let local = String(node.concept.split(separator: ":").last ?? "")
            if scaffolding.contains(where: local.hasSuffix) {
                for child in node.children { visit(child, section: section, depth: depth) }
                return
            }
            let label = self.label(node, labels: labels)
            if local.hasSuffix("Abstract") || !node.children.isEmpty && !index.hasFacts(node.concept) {
                let heading = label.contains("[") ? section : section + [label]
                for child in node.children { visit(child, section: heading, depth: heading.count) }
                return
            }
            let key = node.concept + "|" + (node.preferredLabel ?? "")
            if index.hasFacts(node.concept), !seen.contains(key) {
                seen.insert(key)
                let role = node.preferredLabel ?? ""
                lines.append(OutlineLine(concept: node.concept, label: label, section: section, depth: depth,
                                         isTotal: role.contains("total") || label.lowercased().hasPrefix("total"),
                                         isPeriodStart: role.contains("periodStart"),
                                         isNegated: role.lowercased().contains("negated")))
            }
            for child in node.children { visit(child, section: section, depth: depth + 1) }
        }
        for root in role.roots {
            // The statement's own abstract is its title, not a section.
            if root.concept.hasSuffix("Abstract") {
                for child in root.children { visit(child, section: [], depth: 0) }
            } else {
                visit(root, section: [], depth: 0)
            }
        }
        return lines
    }

    /// The arc's preferred label (terse, total, period start/end …), except verbose and negated
    /// ones, which read as taxonomy prose or flip the printed sign: those give way to the filer's
    /// standard `label`. Then the us-gaap standard label where known, terse or verbose, else the
    /// concept's name.
    static func label(_ node: PresentationNode, labels: [String: [String: String]]) -> String {
        let own = labels[node.concept] ?? [:]
        let preferred = node.preferredLabel.flatMap { $0 == "verboseLabel" || $0.hasPrefix("negated") ? nil : $0 }
        func usable(_ role: String?) -> String? {
            // Some label linkbases hold the element id (`us-gaap_Assets`) as a placeholder.
            role.flatMap { own[$0] }.flatMap { $0.isEmpty || !$0.contains(" ") && $0.contains("_") ? nil : $0 }
        }
        return usable(preferred) ?? usable("label") ?? StandardArrangement.standardLabel(node.concept)
            ?? usable("terseLabel") ?? usable("verboseLabel")
            ?? StatementRoleClassifier.humanized(String(node.concept.split(separator: ":").last ?? ""))
    }
}
