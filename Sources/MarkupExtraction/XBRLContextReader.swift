import TickmarkModel

/// Reads `xbrli:context` and `xbrli:unit` elements (an instance's, or inline XBRL's `ix:resources`).
enum XBRLContextReader {
    /// Contexts and units anywhere below `root`, keyed by id.
    static func read(_ root: MarkupNode) -> (contexts: [String: XBRLContext], units: [String: XBRLUnit]) {
        var contexts: [String: XBRLContext] = [:]
        var units: [String: XBRLUnit] = [:]
        root.forEachElement { node in
            guard node.lowerName == "context" || node.lowerName == "unit", let id = node.attribute("id") else { return }
            if node.lowerName == "context", contexts[id] == nil {
                contexts[id] = context(node, id: id)
            } else if node.lowerName == "unit", units[id] == nil {
                units[id] = unit(node, id: id)
            }
        }
        return (contexts, units)
    }

    private static func context(_ node: MarkupNode, id: String) -> XBRLContext {
        let entity = node.firstDescendant("identifier")?.textContent.foldedWhitespace ?? ""
        var dimensions: [String: String] = [:]
        node.forEachElement { member in
            guard let dimension = member.attribute("dimension") else { return }
            if member.lowerName == "explicitmember" {
                dimensions[dimension] = member.textContent.foldedWhitespace
            } else if member.lowerName == "typedmember" {
                dimensions[dimension] = member.elementChildren.first.map { "\($0.qualifiedName)=\($0.textContent.foldedWhitespace)" }
                    ?? member.textContent.foldedWhitespace
            }
        }
        return XBRLContext(id: id, entity: entity, period: period(node.firstDescendant("period")), dimensions: dimensions)
    }

    /// Instant, start/end duration, or nil for `forever` and unreadable dates.
    private static func period(_ node: MarkupNode?) -> PeriodSpan? {
        guard let node else { return nil }
        func date(_ name: String) -> CalendarDate? {
            node.firstDescendant(name).flatMap { CalendarDate(iso: $0.textContent.foldedWhitespace) }
        }
        if let instant = date("instant") { return .instant(instant) }
        guard let end = date("enddate") else { return nil }
        return PeriodSpan(kind: .duration, end: end, start: date("startdate"))
    }

    private static func unit(_ node: MarkupNode, id: String) -> XBRLUnit {
        func measures(_ parent: MarkupNode?) -> [String] {
            var found: [String] = []
            parent?.forEachElement { if $0.lowerName == "measure" { found.append($0.textContent.foldedWhitespace) } }
            return found
        }
        if let divide = node.firstDescendant("divide") {
            return XBRLUnit(id: id, numerator: measures(divide.firstDescendant("unitnumerator")),
                            denominator: measures(divide.firstDescendant("unitdenominator")))
        }
        return XBRLUnit(id: id, numerator: measures(node))
    }
}
