/// Reads a row label's indentation and emphasis from inline CSS and markup.
enum HTMLRowStyle {
    /// Indent level: left padding/margin (9 pt ≈ one level) or leading no-break spaces (3 per level).
    static func indent(_ cell: MarkupNode) -> Int {
        var points = 0.0
        var node: MarkupNode? = cell
        while let current = node {
            points += leftOffset(current.attribute("style") ?? "")
            node = current.elementChildren.count == 1 ? current.elementChildren.first : nil
        }
        guard points == 0 else { return min(max(Int((points / 9).rounded()), 0), 8) }
        let leadingSpaces = firstText(cell).prefix { $0 == "\u{00A0}" || $0 == " " }.filter { $0 == "\u{00A0}" }.count
        return min(leadingSpaces / 3, 8)
    }

    /// The first text run below the cell that is not only plain spaces (no-break spaces count).
    private static func firstText(_ cell: MarkupNode) -> Substring {
        var stack: [MarkupNode] = [cell]
        while let node = stack.popLast() {
            if let text = node.text {
                if text.contains(where: { $0 != " " && $0 != "\n" && $0 != "\t" && $0 != "\r" }) { return Substring(text) }
            } else if !node.isHidden {
                stack.append(contentsOf: node.children.reversed())
            }
        }
        return ""
    }

    /// Bold markup or a bold font weight on the cell or the elements holding its text.
    static func isEmphasized(_ cell: MarkupNode) -> Bool {
        var stack: [MarkupNode] = [cell]
        while let node = stack.popLast() {
            guard node.isElement else { continue }
            if node.lowerName == "b" || node.lowerName == "strong" || node.lowerName == "th" || isBoldStyle(node) {
                if node.hasVisibleText { return true }
                continue
            }
            stack.append(contentsOf: node.children)
        }
        return false
    }

    private static func isBoldStyle(_ node: MarkupNode) -> Bool {
        guard let style = node.attribute("style") else { return false }
        return MarkupNode.style(style, declares: "font-weight:bold") || MarkupNode.style(style, declares: "font-weight:700")
            || MarkupNode.style(style, declares: "font-weight:600") || MarkupNode.style(style, declares: "font:bold")
    }

    /// `padding-left` + `margin-left` + positive `text-indent`, in points.
    private static func leftOffset(_ style: String) -> Double {
        guard MarkupNode.style(style, declares: "left:") || MarkupNode.style(style, declares: "indent:") else { return 0 }
        var total = 0.0
        for declaration in style.lowercased().split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1).map { String($0).foldedWhitespace }
            guard parts.count == 2, ["padding-left", "margin-left", "text-indent"].contains(parts[0]),
                  let points = lengthInPoints(parts[1]) else { continue }
            total += parts[0] == "text-indent" ? max(points, 0) : points
        }
        return total
    }

    private static func lengthInPoints(_ value: String) -> Double? {
        let units: [(String, Double)] = [("pt", 1), ("px", 0.75), ("em", 10), ("in", 72), ("%", 0)]
        for (unit, factor) in units where value.hasSuffix(unit) {
            return Double(value.dropLast(unit.count)).map { $0 * factor }
        }
        return Double(value).map { $0 * 0.75 }
    }
}
