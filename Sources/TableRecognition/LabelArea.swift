import TickmarkModel

/// Where a table's labels end and its values begin, from its value lines.
struct LabelArea {
    /// Left edge of the leftmost number.
    var valuesX0: Double
    /// Text in a line without values that starts right of this stands over the value columns
    /// (a column header); left of it, it is a label or a title.
    var headerLimit: Double

    /// Numbers left of this that start their line continue a wrapped label ("2,300" of
    /// "… Shares issued: 0 and / 2,300"): they are label text, not values.
    private var labelNumbersLimit: Double

    init<Lines: Collection<PrintedLine>>(lines: Lines) {
        let valueLines = lines.filter(\.isValueLine)
        let left = lines.map(\.bbox.x0).min() ?? 0
        let right = valueLines.flatMap(\.numericSegments).map(\.bbox.x1).max() ?? left
        labelNumbersLimit = left + 0.25 * (right - left)
        valuesX0 = 0
        headerLimit = 0
        valuesX0 = valueLines.flatMap(values).map(\.bbox.x0).min() ?? 0
        let labelsX0 = valueLines.map(\.bbox.x0).min() ?? valuesX0
        headerLimit = (labelsX0 + valuesX0) / 2
    }

    /// The line's numbers that stand in value columns.
    func values(of line: PrintedLine) -> [Segment] {
        line.numericSegments.filter { !($0.bbox.x0 < labelNumbersLimit && $0.bbox.x0 == line.segments.first?.bbox.x0) }
    }

    /// Stands over the value columns rather than centred over the whole table.
    func isOverValues(_ segment: Segment, fontSize: Double) -> Bool { segment.bbox.x0 >= valuesX0 - fontSize }
}

extension Segment {
    private static let periodWords = [
        "ended", "ending", "months", "weeks", "year", "quarter", "fiscal", "as of", "at ", "change", "%",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// Reads like a column heading: a year, a date or a period ("Three Months Ended").
    var isColumnHeading: Bool {
        if kind == .year { return true }
        let lower = text.lowercased()
        return Self.periodWords.contains { lower.contains($0) } || lower.contains { $0.isNumber }
    }
}
