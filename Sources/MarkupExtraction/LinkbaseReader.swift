import TickmarkModel

/// Reads presentation and label linkbases and the role definitions of a taxonomy schema.
enum LinkbaseReader {
    /// Role URI → definition text (`link:roleType` / `link:definition` in an `.xsd`).
    static func roleDefinitions(_ schema: MarkupNode) -> [String: String] {
        var definitions: [String: String] = [:]
        schema.forEachElement { node in
            guard node.lowerName == "roletype", let uri = node.attribute("roleURI"),
                  let definition = node.firstDescendant("definition") else { return }
            definitions[uri] = definition.textContent.foldedWhitespace
        }
        return definitions
    }

    /// Concept → label role (last part of the role URI) → text; English labels first.
    static func labels(_ linkbase: MarkupNode) -> [String: [String: String]] {
        var result: [String: [String: String]] = [:]
        var englishSeen: Set<String> = []
        linkbase.forEachElement { link in
            guard link.lowerName == "labellink" else { return }
            var concepts: [String: [String]] = [:]
            var resources: [String: [(role: String, text: String, english: Bool)]] = [:]
            var arcs: [(String, String)] = []
            for node in link.elementChildren {
                switch node.lowerName {
                case "loc":
                    if let label = node.attribute("xlink:label"), let concept = concept(node.attribute("xlink:href")) {
                        concepts[label, default: []].append(concept)
                    }
                case "label":
                    guard let label = node.attribute("xlink:label") else { continue }
                    let role = shortRole(node.attribute("xlink:role") ?? "label")
                    let lang = node.attribute("xml:lang")?.lowercased() ?? "en"
                    resources[label, default: []].append((role, node.textContent.foldedWhitespace, lang.hasPrefix("en")))
                case "labelarc":
                    if let from = node.attribute("xlink:from"), let to = node.attribute("xlink:to") { arcs.append((from, to)) }
                default:
                    continue
                }
            }
            for (from, to) in arcs {
                for concept in concepts[from] ?? [] {
                    for resource in resources[to] ?? [] {
                        let key = concept + "\u{0}" + resource.role
                        if result[concept]?[resource.role] == nil || (resource.english && !englishSeen.contains(key)) {
                            result[concept, default: [:]][resource.role] = resource.text
                        }
                        if resource.english { englishSeen.insert(key) }
                    }
                }
            }
        }
        return result
    }

    /// Presentation trees, one per extended link, children in arc order.
    static func presentation(_ linkbase: MarkupNode, definitions: [String: String]) -> [PresentationRole] {
        var roles: [PresentationRole] = []
        linkbase.forEachElement { link in
            guard link.lowerName == "presentationlink", let roleURI = link.attribute("xlink:role") else { return }
            var conceptByLabel: [String: String] = [:]
            var arcs: [(from: String, to: String, order: Double, preferred: String?)] = []
            for node in link.elementChildren {
                if node.lowerName == "loc", let label = node.attribute("xlink:label"),
                   let concept = concept(node.attribute("xlink:href")) {
                    conceptByLabel[label] = concept
                } else if node.lowerName == "presentationarc", let from = node.attribute("xlink:from"),
                          let to = node.attribute("xlink:to") {
                    arcs.append((from, to, node.attribute("order").flatMap(Double.init) ?? 0,
                                 node.attribute("preferredLabel").map(shortRole)))
                }
            }
            let tree = PresentationArcs(arcs: arcs.map { PresentationArcs.Arc(from: $0.from, to: $0.to, order: $0.order) },
                                        conceptByLabel: conceptByLabel)
            func node(_ label: String, preferred: String?, depth: Int) -> PresentationNode? {
                guard let concept = conceptByLabel[label], depth < 40 else { return nil }
                let kids = tree.children(of: label).compactMap { index in
                    node(arcs[index].to, preferred: arcs[index].preferred, depth: depth + 1)
                }
                return PresentationNode(concept: concept, preferredLabel: preferred, children: kids)
            }
            let roots = tree.rootLabels.compactMap { node($0, preferred: nil, depth: 0) }
            if !roots.isEmpty {
                roles.append(PresentationRole(roleURI: roleURI, definition: definitions[roleURI], roots: roots))
            }
        }
        // Definitions start with the filer's sort number; without them, document order stands.
        guard roles.allSatisfy({ $0.definition != nil }) else { return roles }
        return roles.sorted { ($0.definition ?? "") < ($1.definition ?? "") }
    }

    /// `…/us-gaap-2023.xsd#us-gaap_Assets` → `us-gaap:Assets`.
    static func concept(_ href: String?) -> String? {
        guard let href, let hash = href.firstIndex(of: "#") else { return nil }
        let id = href[href.index(after: hash)...]
        guard let underscore = id.firstIndex(of: "_") else { return String(id) }
        return id[..<underscore] + ":" + id[id.index(after: underscore)...]
    }

    /// `http://www.xbrl.org/2003/role/totalLabel` → `totalLabel`.
    static func shortRole(_ uri: String) -> String {
        String(uri.split(separator: "/").last ?? Substring(uri))
    }
}
