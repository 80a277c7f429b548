import TickmarkModel

/// Reads the facts of an inline XBRL document: every `ix:nonFraction` and `ix:nonNumeric`
/// (hidden ones included), with transformations, scale, sign, continuations and exclusions,
/// and the contexts and units of `ix:resources`.
struct InlineXBRLReader {
    /// The facts, and for each fact element the fact it carries (to tag table cells).
    struct Result {
        var facts: XBRLFacts
        var factsByNode: [ObjectIdentifier: TaggedFact]
        var diagnostics: [Diagnostic]
    }

    func read(_ root: MarkupNode) -> Result {
        var continuations: [String: MarkupNode] = [:]
        var factNodes: [MarkupNode] = []
        root.forEachElement { node in
            if node.isInline("nonfraction") || node.isInline("nonnumeric") {
                factNodes.append(node)
            } else if node.isInline("continuation"), let id = node.attribute("id") {
                continuations[id] = node
            }
        }
        let (contexts, units) = XBRLContextReader.read(root)
        var facts: [TaggedFact] = []
        var byNode: [ObjectIdentifier: TaggedFact] = [:]
        var ordinals: [String: Int] = [:]
        var unknownFormats: Set<String> = []
        var unreadable: [String] = []
        for node in factNodes {
            guard let concept = node.attribute("name"), let contextRef = node.attribute("contextRef") else { continue }
            ordinals[concept, default: 0] += 1
            let numeric = node.isInline("nonfraction")
            let printed = numeric ? node.textContent.foldedWhitespace : text(of: node, continuations: continuations)
            let element = node.attribute("id") ?? "\(concept)[\(ordinals[concept] ?? 1)]"
            var value: String?
            if node.attribute("xsi:nil")?.lowercased() != "true" {
                let format = node.attribute("format")
                switch IXTransform.apply(format: format, to: printed, numeric: numeric) {
                case .value(let v):
                    value = numeric ? numericValue(v, node: node) : v
                case .unknownFormat:
                    unknownFormats.insert(format ?? "")
                    value = numeric ? fallbackNumber(printed).map { numericValue($0, node: node) } : printed
                case .unreadable:
                    unreadable.append(element)
                    value = numeric ? nil : printed
                }
            }
            let fact = TaggedFact(concept: concept, contextRef: contextRef, unitRef: node.attribute("unitRef"),
                                  value: value, decimals: node.attribute("decimals"), element: element,
                                  printed: printed, isNumeric: numeric,
                                  dimensions: contexts[contextRef]?.dimensions ?? [:])
            facts.append(fact)
            byNode[ObjectIdentifier(node)] = fact
        }
        var diagnostics = unknownFormats.sorted().map {
            Diagnostic(code: "unknown-ix-format",
                       message: "unknown inline XBRL transformation \"\($0)\"; values read as plain numbers/text")
        }
        if !unreadable.isEmpty {
            diagnostics.append(Diagnostic(code: "ix-value-unreadable",
                                          message: "\(unreadable.count) tagged value(s) do not fit their format, e.g. \(unreadable[0])"))
        }
        return Result(facts: XBRLFacts(facts: facts, contexts: contexts, units: units), factsByNode: byNode,
                      diagnostics: diagnostics)
    }

    /// Applies `scale` and `sign="-"` to a transformed number.
    private func numericValue(_ value: String, node: MarkupNode) -> String {
        let scale = node.attribute("scale").flatMap { Int($0.foldedWhitespace) } ?? 0
        return DecimalText.scaled(value, by: scale, negate: node.attribute("sign") == "-")
    }

    private func fallbackNumber(_ printed: String) -> String? {
        if case .value(let v) = IXTransform.number(printed, decimalSeparator: ".") { return v }
        return nil
    }

    /// A non-numeric fact's text: its own content without `ix:exclude`, then its continuations.
    private func text(of node: MarkupNode, continuations: [String: MarkupNode]) -> String {
        var parts = [node.renderedText]
        var seen: Set<String> = []
        var next = node.attribute("continuedAt")
        while let id = next, !seen.contains(id), let continuation = continuations[id] {
            seen.insert(id)
            parts.append(continuation.renderedText)
            next = continuation.attribute("continuedAt")
        }
        return parts.joined(separator: " ").foldedWhitespace
    }
}
