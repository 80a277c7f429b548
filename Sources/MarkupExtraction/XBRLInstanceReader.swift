import TickmarkModel

/// Reads an XBRL instance: contexts, units, facts (nil facts included) and footnotes.
struct XBRLInstanceReader {
    func read(_ root: MarkupNode) -> XBRLFacts {
        let (contexts, units) = XBRLContextReader.read(root)
        var facts: [TaggedFact] = []
        var ordinals: [String: Int] = [:]
        for node in root.elementChildren where node.attribute("contextRef") != nil {
            guard let contextRef = node.attribute("contextRef") else { continue }
            let concept = node.qualifiedName
            ordinals[concept, default: 0] += 1
            let isNil = node.attribute("xsi:nil")?.lowercased() == "true"
            let unitRef = node.attribute("unitRef")
            let text = node.textContent.foldedWhitespace
            facts.append(TaggedFact(concept: concept, contextRef: contextRef, unitRef: unitRef,
                                    value: isNil ? nil : (unitRef != nil ? numeric(text) : text),
                                    decimals: node.attribute("decimals") ?? node.attribute("precision").map { "precision \($0)" },
                                    element: node.attribute("id") ?? "\(concept)[\(ordinals[concept] ?? 1)]",
                                    isNumeric: unitRef != nil, dimensions: contexts[contextRef]?.dimensions ?? [:]))
        }
        return XBRLFacts(facts: facts, contexts: contexts, units: units, footnotes: footnotes(root))
    }

    /// A numeric fact's lexical value in canonical form (`65728000000`, `-0.5`).
    private func numeric(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let body = text.drop { $0 == "-" || $0 == "+" }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              !(parts.first ?? "").isEmpty || parts.count == 2 else { return text }
        return DecimalText.canonical(integer: String(parts[0]), fraction: parts.count == 2 ? String(parts[1]) : "",
                                     negative: negative)
    }

    /// Footnote texts by the id of the fact they annotate (`link:footnoteLink`).
    private func footnotes(_ root: MarkupNode) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for link in root.elementChildren where link.lowerName == "footnotelink" {
            var factByLabel: [String: [String]] = [:]
            var textByLabel: [String: String] = [:]
            var arcs: [(String, String)] = []
            for node in link.elementChildren {
                guard let label = node.attribute("xlink:label") else {
                    if node.lowerName == "footnotearc", let from = node.attribute("xlink:from"), let to = node.attribute("xlink:to") {
                        arcs.append((from, to))
                    }
                    continue
                }
                if node.lowerName == "loc", let href = node.attribute("xlink:href"), let hash = href.firstIndex(of: "#") {
                    factByLabel[label, default: []].append(String(href[href.index(after: hash)...]))
                } else if node.lowerName == "footnote" {
                    textByLabel[label] = node.renderedText.foldedWhitespace
                }
            }
            for (from, to) in arcs {
                guard let text = textByLabel[to] else { continue }
                for fact in factByLabel[from] ?? [] { result[fact, default: []].append(text) }
            }
        }
        return result
    }
}
