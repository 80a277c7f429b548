import TickmarkModel

/// Walks an HTML (or inline XBRL) DOM in reading order into text blocks and tables. Hidden
/// content (`display:none`, `ix:header`) is not printed content and is left out.
struct HTMLBlockWalker {
    var tableBuilder: HTMLTableBuilder

    /// Elements that end a paragraph of running text.
    private static let blockElements: Set<String> = MarkupNode.breakingElements
        .union(["body", "html", "form", "tbody", "thead", "tfoot", "page", "document", "type", "text"])

    private struct State {
        var blocks: [Block] = []
        var text = ""
        var textPath: String?
        var tableCount = 0

        mutating func flush() {
            let folded = text.foldedWhitespace
            if !folded.isEmpty, let path = textPath { blocks.append(.text(TextBlock(text: folded, locator: Locator(path: path)))) }
            text = ""
            textPath = nil
        }
    }

    /// Blocks of the document below `root`, in reading order.
    func blocks(_ root: MarkupNode) -> [Block] {
        var state = State()
        walk(root, path: ElementPath.root(root), state: &state)
        state.flush()
        return FragmentedTableJoiner.join(state.blocks)
    }

    private func walk(_ node: MarkupNode, path: String, state: inout State) {
        let childPaths = ElementPath.children(of: node, parentPath: path)
        var nextElement = 0
        for child in node.children {
            guard child.isElement else {
                if let text = child.text {
                    if state.textPath == nil, !text.foldedWhitespace.isEmpty { state.textPath = path }
                    state.text += text
                }
                continue
            }
            let childPath = childPaths[nextElement].path
            nextElement += 1
            if child.isHidden || child.isInline("header") || child.isInline("exclude") || child.lowerName == "head" { continue }
            switch child.lowerName {
            case "table":
                state.flush()
                table(child, path: childPath, state: &state)
            case "pre":
                state.flush()
                for line in child.renderedText.split(separator: "\n") where !line.foldedWhitespace.isEmpty {
                    state.blocks.append(.text(TextBlock(text: line.foldedWhitespace, locator: Locator(path: childPath))))
                }
            case let name where Self.blockElements.contains(name):
                state.flush()
                walk(child, path: childPath, state: &state)
                state.flush()
            default:
                walk(child, path: childPath, state: &state)
            }
        }
    }

    /// A data table becomes a `Table`; a layout table (one that holds tables) is read as blocks.
    private func table(_ node: MarkupNode, path: String, state: inout State) {
        if node.children.contains(where: { $0.isElement && $0.firstDescendant("table") != nil }) {
            walk(node, path: path, state: &state)
            return
        }
        guard let table = tableBuilder.build(node, path: path, index: state.tableCount) else { return }
        state.blocks.append(.table(table))
        state.tableCount += 1
    }
}
