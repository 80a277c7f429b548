import TickmarkModel

/// Where each text run of a parsed document starts in the document's text (every run
/// concatenated in document order, `MarkupNode.textContent` of the root), in UTF-8 bytes:
/// the offsets of `Locator.textRange`. Computed on first use, as few documents type tables as text.
final class DocumentTextOffsets {
    private let root: MarkupNode
    private var offsets: [ObjectIdentifier: Int]?

    init(root: MarkupNode) { self.root = root }

    /// The offset of a text run of this document.
    func offset(of run: MarkupNode) -> Int? {
        if offsets == nil { offsets = Self.compute(root) }
        return offsets?[ObjectIdentifier(run)]
    }

    /// The offset of the first text run below `node`.
    func offset(ofFirstTextIn node: MarkupNode) -> Int? {
        var stack: [MarkupNode] = [node]
        while let current = stack.popLast() {
            if current.text != nil { return offset(of: current) }
            stack.append(contentsOf: current.children.reversed())
        }
        return nil
    }

    private static func compute(_ root: MarkupNode) -> [ObjectIdentifier: Int] {
        var result: [ObjectIdentifier: Int] = [:]
        var offset = 0
        var stack: [MarkupNode] = [root]
        while let node = stack.popLast() {
            if let text = node.text {
                result[ObjectIdentifier(node)] = offset
                offset += text.utf8.count
            } else {
                stack.append(contentsOf: node.children.reversed())
            }
        }
        return result
    }
}

/// The text runs a piece of walked text was gathered from, to find a range of that text in the
/// document's text; a range across two runs (one a hidden element skipped between them) has none.
struct GatheredText {
    private(set) var text = ""
    private var runs: [(start: Int, run: MarkupNode)] = []

    mutating func append(_ run: MarkupNode) {
        guard let piece = run.text else { return }
        runs.append((text.utf8.count, run))
        text += piece
    }

    /// The document range of UTF-8 offsets `range` of `text`.
    func documentRange(_ range: Range<Int>, offsets: DocumentTextOffsets) -> TextRange? {
        guard let index = runs.lastIndex(where: { $0.start <= range.lowerBound }) else { return nil }
        let (start, run) = runs[index]
        guard range.upperBound <= start + (run.text?.utf8.count ?? 0), let base = offsets.offset(of: run) else { return nil }
        return TextRange(start: base + range.lowerBound - start, end: base + range.upperBound - start)
    }
}
