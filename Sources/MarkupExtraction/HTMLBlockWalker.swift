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
        /// The running text, with the runs it came from (for the places of text-table values).
        var gathered = GatheredText()
        var text: String { gathered.text }
        var textPath: String?
        let offsets: DocumentTextOffsets
        var tableCount = 0
        /// Inside `<pre>`: every printed line is a block.
        var isPreformatted = false
        /// The document prints its text laid out in lines, as old EDGAR filings print whole
        /// pages in one element: once a run of text shows it (many lines, several of them
        /// blank), every line is a block from there on.
        var isLaidOutInLines = false

        /// Ends the running text: one block, or one per printed line in preformatted or laid-out
        /// text, where tables typed as plain lines become tables.
        mutating func flush() {
            if let path = textPath {
                let (gathered, offsets) = (gathered, offsets)
                for piece in printedPieces() {
                    switch piece {
                    case .line(let line):
                        blocks.append(.text(TextBlock(text: line, locator: Locator(path: path))))
                    case .table(let lines, let start):
                        guard let table = TextTableBuilder().build(lines, path: path, index: tableCount, place: { range in
                            gathered.documentRange((start + range.lowerBound)..<(start + range.upperBound), offsets: offsets)
                        }) else { continue }
                        blocks.append(.table(table))
                        tableCount += 1
                    }
                }
            }
            gathered = GatheredText()
            textPath = nil
        }

        /// Printed and blank lines that mark text laid out in lines rather than one paragraph.
        private static let layoutLines = 10
        private static let layoutBlankLines = 3

        private mutating func printedPieces() -> [TextTableRegions.Piece] {
            // Most runs are a paragraph of a few source lines: settle them without splitting.
            if !isPreformatted, !isLaidOutInLines,
               text.utf8.count(where: { $0 == UInt8(ascii: "\n") }) < Self.layoutLines + Self.layoutBlankLines {
                let folded = text.foldedWhitespace
                return folded.isEmpty ? [] : [.line(folded)]
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if !isLaidOutInLines {
                let blank = lines.dropFirst().dropLast().count { $0.allSatisfy(\.isWhitespace) }
                isLaidOutInLines = blank >= Self.layoutBlankLines && lines.count - blank >= Self.layoutLines
            }
            guard isPreformatted || isLaidOutInLines else {
                let folded = text.foldedWhitespace
                return folded.isEmpty ? [] : [.line(folded)]
            }
            // Rules drawn with dashes or equals signs are layout, not text.
            return TextTableRegions.pieces(lines).compactMap { piece in
                guard case .line(let line) = piece else { return piece }
                let folded = line.foldedWhitespace
                return folded.isEmpty || folded.allSatisfy({ "-=_ ".contains($0) }) ? nil : .line(folded)
            }
        }
    }

    /// Blocks of the document below `root`, in reading order.
    func blocks(_ root: MarkupNode) -> [Block] {
        var state = State(offsets: DocumentTextOffsets(root: root))
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
                    if state.textPath == nil, !MarkupNode.isBlank(text) { state.textPath = path }
                    state.gathered.append(child)
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
                // Lines as printed; SGML `<TABLE>`s inside become text tables.
                state.flush()
                let outer = state.isPreformatted
                state.isPreformatted = true
                walk(child, path: childPath, state: &state)
                state.flush()
                state.isPreformatted = outer
            case let name where Self.blockElements.contains(name):
                state.flush()
                walk(child, path: childPath, state: &state)
                state.flush()
            default:
                walk(child, path: childPath, state: &state)
            }
        }
    }

    /// A data table becomes a `Table`; a layout table (one that holds tables) is read as blocks;
    /// a table without rows whose text is laid out in lines is a preformatted text table.
    private func table(_ node: MarkupNode, path: String, state: inout State) {
        if node.children.contains(where: { $0.isElement && $0.firstDescendant("table") != nil }) {
            walk(node, path: path, state: &state)
            return
        }
        let built: Table?
        if node.firstDescendant("tr") == nil, case let text = node.textContent, text.contains("\n") {
            let start = state.offsets.offset(ofFirstTextIn: node)
            built = TextTableBuilder().build(text, path: path, index: state.tableCount, place: { range in
                start.map { TextRange(start: $0 + range.lowerBound, end: $0 + range.upperBound) }
            })
        } else {
            built = tableBuilder.build(node, path: path, index: state.tableCount)
        }
        guard let table = built else { return }
        state.blocks.append(.table(table))
        state.tableCount += 1
    }
}
