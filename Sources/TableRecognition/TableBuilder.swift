import TickmarkModel

/// Builds one `Table` from the printed lines of a table region: value columns from the aligned
/// numbers, column 0 from the text left of them, header cells placed over the columns they
/// cover, wrapped labels joined, indentation levels from the labels' left edges.
struct TableBuilder {
    /// A row before indentation is known.
    private struct RowDraft {
        var label: [Segment]
        var cells: [(columns: ClosedRange<Int>, segment: Segment)]
        var hasValues: Bool

        var labelText: String { TokenClassifier.labelStrippingMarks(label.map(\.text).joined(separator: " ")) }
        var labelBox: BoundingBox? { label.dropFirst().reduce(label.first?.bbox) { $0?.union($1.bbox) } }

        /// Adds a cell; two pieces of text over the same columns become one cell.
        mutating func add(_ segment: Segment, columns: ClosedRange<Int>, fontSize: Double) {
            guard let last = cells.last, last.columns.overlaps(columns) else {
                cells.append((columns, segment))
                return
            }
            let merged = Segment(text: last.segment.text + " " + segment.text, bbox: last.segment.bbox.union(segment.bbox),
                                 kind: last.segment.kind, isBold: last.segment.isBold, fontSize: fontSize)
            let range = min(last.columns.lowerBound, columns.lowerBound)...max(last.columns.upperBound, columns.upperBound)
            cells[cells.count - 1] = (range, merged)
        }
    }

    func table(from lines: ArraySlice<PrintedLine>, page: Int, index: Int) -> Table {
        let sizes = lines.map(\.fontSize).sorted()
        let fontSize = sizes.isEmpty ? 10 : sizes[sizes.count / 2]
        let area = LabelArea(lines: lines)
        let numbers = lines.filter(\.isValueLine).flatMap(area.values)
        let columns = ValueColumns(segments: numbers, tolerance: max(3, 0.6 * fontSize))
        let labelLimit = (columns.columns.first?.x0 ?? .infinity) - 1
        let headerLimit = area.headerLimit
        let drafts = joinWrappedLabels(lines.map {
            draft(of: $0, columns: columns, labelLimit: $0.isValueLine ? labelLimit : headerLimit, area: area)
        })
        // Headings centred over the values ("ASSETS") are not indented labels.
        let leftEdges = drafts.compactMap { $0.labelBox?.x0 }.filter { $0 < headerLimit }
        let levels = IndentLevels(leftEdges: leftEdges, tolerance: max(2, 0.3 * fontSize))
        let rows = drafts.map { row(from: $0, page: page, levels: levels, headerLimit: headerLimit) }
        let box = lines.dropFirst().reduce(lines.first?.bbox ?? BoundingBox(x0: 0, y0: 0, x1: 0, y1: 0)) { $0.union($1.bbox) }
        return Table(index: index, pages: [page], rows: rows, columnCount: columns.count + 1,
                     locator: .pdf(page: page, bbox: box))
    }

    private func draft(of line: PrintedLine, columns: ValueColumns, labelLimit: Double, area: LabelArea) -> RowDraft {
        var draft = RowDraft(label: [], cells: [], hasValues: false)
        for (position, segment) in line.segments.enumerated() {
            let isLabel: Bool
            if line.isValueLine {
                isLabel = segment.bbox.x0 < labelLimit && columns.match(segment) == nil
            } else {
                // A lone heading like "ASSETS" may be centred over the values; it is still a label.
                let loneHeading = line.segments.count == 1 && !segment.isColumnHeading
                    && !area.isOverValues(segment, fontSize: line.fontSize)
                isLabel = position == 0 && (segment.bbox.x0 < labelLimit || loneHeading)
                    || continuesLabel(segment, after: draft.label, at: position, labelLimit: labelLimit, fontSize: line.fontSize)
            }
            if isLabel && draft.cells.isEmpty {
                draft.label.append(segment)
                continue
            }
            let matched = line.isValueLine && segment.isNumeric ? columns.match(segment).map { $0...$0 } : nil
            guard let covered = matched ?? spanningHeading(segment, in: line, columns: columns, labelLimit: labelLimit)
                    ?? columns.columnsCovered(by: segment.bbox) else { continue }
            if segment.kind == .amount || (line.isValueLine && segment.isNumeric) { draft.hasValues = true }
            draft.add(segment, columns: (covered.lowerBound + 1)...(covered.upperBound + 1), fontSize: line.fontSize)
        }
        return draft
    }

    /// A heading that a text layer broke at a lost ligature ("Cash" … "ows from financing
    /// activities:") goes on past the gap: text right after the label, still left of the values.
    private func continuesLabel(_ segment: Segment, after label: [Segment], at position: Int, labelLimit: Double,
                                fontSize: Double) -> Bool {
        guard position > 0, label.count == position, let last = label.last, segment.kind == .text else { return false }
        return segment.bbox.x0 < labelLimit && segment.bbox.x0 - last.bbox.x1 <= 1.5 * fontSize
    }

    /// The only period heading over the values of a header line ("Year ended December 31,") stands
    /// over all value columns.
    private func spanningHeading(_ segment: Segment, in line: PrintedLine, columns: ValueColumns,
                                 labelLimit: Double) -> ClosedRange<Int>? {
        guard !line.isValueLine, segment.kind == .text, segment.isColumnHeading, columns.count > 1,
              line.segments.count(where: { $0.bbox.x0 >= labelLimit }) == 1 else { return nil }
        return 0...(columns.count - 1)
    }

    /// A label-only line whose label goes on in the next line (which starts in lower case or
    /// with a parenthesis and is not indented less) becomes one row with that line.
    /// A label whose values sit on its first line and whose end wraps to a label-only line
    /// ("Provision for income" / "taxes") becomes one row too.
    private func joinWrappedLabels(_ drafts: [RowDraft]) -> [RowDraft] {
        var result: [RowDraft] = []
        for (index, draft) in drafts.enumerated() {
            let next = index + 1 < drafts.count ? drafts[index + 1] : nil
            if let previous = result.last, continues(previous, with: draft) {
                var joined = draft
                joined.label = previous.label + draft.label
                result[result.count - 1] = joined
            } else if let previous = result.last, endsWrappedLabel(draft, after: previous, before: next) {
                result[result.count - 1].label += draft.label
            } else {
                result.append(draft)
            }
        }
        return result
    }

    private func endsWrappedLabel(_ draft: RowDraft, after previous: RowDraft, before next: RowDraft?) -> Bool {
        guard draft.cells.isEmpty, !previous.cells.isEmpty, previous.hasValues, let box = draft.labelBox,
              let previousBox = previous.labelBox, box.x0 >= previousBox.x0 - 1,
              let first = draft.labelText.first, first.isLowercase, !previous.labelText.hasSuffix(":") else { return false }
        // Otherwise it begins the next row's wrapped label.
        return next.map { !continues(draft, with: $0) } ?? true
    }

    private func continues(_ previous: RowDraft, with next: RowDraft) -> Bool {
        guard previous.cells.isEmpty, !previous.label.isEmpty, let nextBox = next.labelBox, let previousBox = previous.labelBox,
              let firstCharacter = next.labelText.first else { return false }
        let previousText = previous.labelText
        guard !previousText.hasSuffix(":"), nextBox.x0 >= previousBox.x0 - 1 else { return false }
        if firstCharacter.isNumber {
            let openParenthesis = previousText.count { $0 == "(" } > previousText.count { $0 == ")" }
            return openParenthesis || [",", ";", " and", " or", " of"].contains { previousText.hasSuffix($0) }
        }
        return !firstCharacter.isUppercase
    }

    private func row(from draft: RowDraft, page: Int, levels: IndentLevels, headerLimit: Double) -> TableRow {
        var cells: [TableCell] = []
        if let box = draft.labelBox {
            cells.append(TableCell(text: draft.labelText, column: 0, locator: .pdf(page: page, bbox: box)))
        }
        for (columns, segment) in draft.cells {
            cells.append(TableCell(text: segment.text, column: columns.lowerBound, span: columns.count,
                                   locator: .pdf(page: page, bbox: segment.bbox), currencySign: segment.currencySign))
        }
        let boldCount = draft.label.count(where: \.isBold)
        let indent = draft.labelBox.map { $0.x0 < headerLimit ? levels.level(of: $0.x0) : 0 } ?? 0
        return TableRow(cells: cells, indent: indent,
                        emphasized: !draft.label.isEmpty && boldCount * 2 > draft.label.count)
    }
}

/// Indentation levels of a table's labels: their left edges clustered, 0 = leftmost.
struct IndentLevels {
    private var edges: [Double] = []

    init(leftEdges: [Double], tolerance: Double) {
        for edge in leftEdges.sorted() where edges.last.map({ edge - $0 > tolerance }) ?? true {
            edges.append(edge)
        }
        self.tolerance = tolerance
    }

    private let tolerance: Double

    func level(of x: Double) -> Int {
        edges.lastIndex { $0 <= x + tolerance } ?? 0
    }
}
