import TickmarkModel

/// Row labels of a text table as printed over several lines, and without the note references
/// printed in a column of their own between label and amounts.
extension TextTableBuilder {
    /// Characters a line's label can start with when it goes on from the line above.
    private static let continuationMarks: Set<Character> = ["(", "-"]

    /// Lines with the words under a "Note"/"Notes" heading left out of their labels: a letter
    /// or mark printed in that column ("Rentals and financing   Q   3,731", "C & R") refers to
    /// a note and is not part of the label. The heading line itself is kept as printed.
    static func droppingNoteReferences(_ lines: [TextLine]) -> [TextLine] {
        guard let (headingLine, heading) = notesHeading(lines) else { return lines }
        return lines.enumerated().map { index, line in
            guard index != headingLine,
                  let cut = line.labelTokens.indices.dropFirst().first(where: { position in
                      let token = line.labelTokens[position]
                      return token.start >= heading.start - 1 && token.start <= heading.end
                          && token.start - line.labelTokens[position - 1].end > columnGap
                  }) else { return line }
            var trimmed = line
            trimmed.labelTokens = Array(line.labelTokens[..<cut])
            return trimmed
        }
    }

    /// The line and the word of a "Note"/"Notes" column heading standing apart from the label.
    private static func notesHeading(_ lines: [TextLine]) -> (Int, Token)? {
        for (index, line) in lines.enumerated() {
            for position in line.labelTokens.indices.dropFirst() {
                let token = line.labelTokens[position]
                let word = token.text.lowercased()
                guard word == "note" || word == "notes",
                      token.start - line.labelTokens[position - 1].end > columnGap else { continue }
                return (index, token)
            }
            // Only the heading names the columns: stop at the first line of amounts.
            if line.printsAmount { return nil }
        }
        return nil
    }

    /// Lines with a wrapped label joined into one: a label-only line followed by the lines that
    /// go on with it ("Net earnings applicable" / "  to common shareholders  6,073"). A line
    /// without values goes on with the label above only under a hanging indent; a heading
    /// printed over two lines at one indent stays as printed.
    /// A heading ending with a colon is never wrapped, nor are the column headings above the
    /// first amount.
    static func joiningWrappedLabels(_ lines: [TextLine]) -> [TextLine] {
        var result: [TextLine] = []
        var inBody = false
        for line in lines {
            inBody = inBody || line.printsAmount
            if inBody, let previous = result.last, previous.amounts.isEmpty, !previous.labelTokens.isEmpty,
               !previous.label.hasSuffix(":"), !line.amounts.isEmpty || line.indent > previous.indent, continues(line, previous) {
                var joined = line
                joined.labelTokens = previous.labelTokens + line.labelTokens
                joined.indent = previous.indent
                result[result.count - 1] = joined
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// A line goes on with the label above when it starts in lower case (not indented less), or
    /// with a parenthesis, a digit or a dash and indented more (`(1997, $12,610; 1996, $12,199)`)
    /// or, for EDGAR's escaped dash `- -`, at the same indent.
    private static func continues(_ line: TextLine, _ previous: TextLine) -> Bool {
        guard let first = line.labelTokens.first?.text.first else { return false }
        if first.isLowercase { return line.indent >= previous.indent }
        if first == "-" { return line.indent >= previous.indent }
        if first.isNumber || continuationMarks.contains(first) { return line.indent > previous.indent }
        return false
    }

    /// Lines with a year printed alone among the rows ("1996" over the year's movements in an
    /// equity statement) made label-only lines: a sub-heading, not an amount.
    static func labellingYearHeadings(_ lines: [TextLine]) -> [TextLine] {
        var inBody = false
        return lines.map { line in
            defer { inBody = inBody || line.printsAmount }
            guard inBody, line.labelTokens.isEmpty, line.amounts.count == 1,
                  TokenClassifier.kind(of: line.amounts[0].text) == .year else { return line }
            return TextLine(labelTokens: line.amounts, indent: line.indent, amounts: [])
        }
    }
}
