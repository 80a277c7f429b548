/// Builds XPath-like element paths (`/html/body/div[3]/table[2]/tr[5]/td[4]`): a position is
/// written only where the parent has several children of that name.
enum ElementPath {
    /// Each element child of `node` with its path below `parentPath`.
    static func children(of node: MarkupNode, parentPath: String) -> [(node: MarkupNode, path: String)] {
        let elements = node.children.filter(\.isElement)
        var totals: [String: Int] = [:]
        for child in elements { totals[segmentName(child), default: 0] += 1 }
        var seen: [String: Int] = [:]
        return elements.map { child in
            let name = segmentName(child)
            seen[name, default: 0] += 1
            let position = (totals[name] ?? 0) > 1 ? "[\(seen[name] ?? 1)]" : ""
            return (child, "\(parentPath)/\(name)\(position)")
        }
    }

    /// Path of the root element.
    static func root(_ node: MarkupNode) -> String { "/" + segmentName(node) }

    private static func segmentName(_ node: MarkupNode) -> String { node.qualifiedName.lowercased() }
}
