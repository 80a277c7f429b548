/// Builds XPath-like element paths (`/html/body/div[3]/table[2]/tr[5]/td[4]`): a position is
/// written only where the parent has several children of that name.
enum ElementPath {
    /// Each element child of `node` with its path below `parentPath`.
    static func children(of node: MarkupNode, parentPath: String) -> [(node: MarkupNode, path: String)] {
        let elements = node.children.filter(\.isElement)
        let names = elements.map(segmentName)
        var totals: [String: Int] = [:]
        for name in names { totals[name, default: 0] += 1 }
        var seen: [String: Int] = [:]
        return zip(elements, names).map { child, name in
            seen[name, default: 0] += 1
            let position = (totals[name] ?? 0) > 1 ? "[\(seen[name] ?? 1)]" : ""
            return (child, "\(parentPath)/\(name)\(position)")
        }
    }

    /// Path of the root element.
    static func root(_ node: MarkupNode) -> String { "/" + segmentName(node) }

    /// `prefix:name` lower-cased (the local name is lower-cased once, when the node is made).
    static func segmentName(_ node: MarkupNode) -> String {
        node.prefix.map { "\($0.lowercased()):\(node.lowerName)" } ?? node.lowerName
    }
}
