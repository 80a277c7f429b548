import TickmarkModel

/// Joins printed rows that the table split in two: a label whose values sit on the line below
/// it ("Net income from continuing operations" / "1,182  6,550  7,366", the label possibly
/// ending on the line after the values), and a label wrapped
/// after a connecting word, whose next line starts in capitals so the table builder did not
/// join it ("NET INCOME ATTRIBUTABLE TO SHAREOWNERS OF" / "THE COCA-COLA COMPANY   1,248 …").
struct SplitRowJoiner: Sendable {
    /// The layout of the statement's first table (value columns, labels).
    var layout: TableLayout

    /// Words that never end a label: a line ending with one goes on in the next line.
    private static let connectingWords: Set<String> = [
        "of", "and", "to", "for", "in", "on", "at", "as", "the", "from", "by", "with", "or", "per", "than", "under",
        "into", "including", "ended", "ending",
    ]

    /// `rows` with every split row joined into one.
    func joined(_ rows: [TableRow]) -> [TableRow] {
        var result: [TableRow] = []
        var valuesTookLabelAbove = false
        for (index, row) in rows.enumerated() {
            if valuesTookLabelAbove, let last = result.last, let end = endOfLabel(row, wrappedAround: last) {
                // "Net cash provided by (used in) operating" / values / "activities".
                result[result.count - 1] = end
                valuesTookLabelAbove = false
                continue
            }
            valuesTookLabelAbove = false
            guard let previous = result.last, isLabelOnly(previous), let previousLabel = previous.cell(at: 0) else {
                result.append(row)
                continue
            }
            let following = index + 1 < rows.count ? rows[index + 1] : nil
            if layout.label(of: row).isEmpty, hasValues(row) {
                result[result.count - 1] = relabelled(row, with: previousLabel, indent: previous.indent)
                valuesTookLabelAbove = true
            } else if Self.endsWithConnectingWord(previousLabel.text), Self.isLastLineOfWrap(row, after: previous, before: following),
                      let label = row.cell(at: 0), !label.text.trimmingSpaces.isEmpty {
                var joinedLabel = label
                joinedLabel.text = previousLabel.text.trimmingSpaces + " " + label.text.trimmingSpaces
                if let above = previousLabel.locator.bbox, let below = label.locator.bbox,
                   previousLabel.locator.page == label.locator.page {
                    joinedLabel.locator.bbox = above.union(below)
                }
                result[result.count - 1] = relabelled(row, with: joinedLabel, indent: previous.indent)
            } else {
                result.append(row)
            }
        }
        return result
    }

    /// The row `last` (values that took the label line above them) with its label completed by
    /// `row`, a label-only line in lower case that ends the label below the values; nil otherwise.
    private func endOfLabel(_ row: TableRow, wrappedAround last: TableRow) -> TableRow? {
        guard isLabelOnly(row), row.indent >= last.indent, let tail = row.cell(at: 0), var label = last.cell(at: 0),
              tail.text.trimmingSpaces.first?.isLowercase == true else { return nil }
        label.text = label.text.trimmingSpaces + " " + tail.text.trimmingSpaces
        if let above = label.locator.bbox, let below = tail.locator.bbox, label.locator.page == tail.locator.page {
            label.locator.bbox = above.union(below)
        }
        var joined = last
        joined.cells = [label] + last.cells.filter { $0.column != 0 }
        return joined
    }

    /// A wrapped label's last line is not indented less than its first; when indented more, the
    /// row after it goes back out ("Net change in" over several indented rows is a heading).
    private static func isLastLineOfWrap(_ row: TableRow, after first: TableRow, before following: TableRow?) -> Bool {
        if row.indent == first.indent { return true }
        guard row.indent > first.indent else { return false }
        return following.map { $0.indent <= first.indent } ?? true
    }

    private func hasValues(_ row: TableRow) -> Bool {
        layout.valueColumns.contains { TableLayout.valueCell(of: row, column: $0) != nil }
    }

    /// A row with a label and no values, not a heading that ends with a colon.
    private func isLabelOnly(_ row: TableRow) -> Bool {
        let label = layout.label(of: row)
        return !label.isEmpty && !label.hasSuffix(":") && !hasValues(row)
    }

    private func relabelled(_ row: TableRow, with label: TableCell, indent: Int) -> TableRow {
        var row = row
        row.cells = [label] + row.cells.filter { $0.column != 0 }
        row.indent = indent
        return row
    }

    /// "… SHAREOWNERS OF" → true.
    static func endsWithConnectingWord(_ label: String) -> Bool {
        guard let last = PrintedText.words(label).last else { return false }
        return connectingWords.contains(last)
    }
}
