import TickmarkModel

/// The value columns of one table: numbers clustered by their right edges (numbers are set
/// right-aligned), dashes placed in the column whose extent they fall in.
struct ValueColumns {
    struct Column {
        /// Range of the members' alignment edges (right edge of their last digit).
        var rightMin: Double
        var rightMax: Double
        /// Horizontal extent of all members.
        var x0: Double
        var x1: Double

        var midX: Double { (x0 + x1) / 2 }
    }

    /// Left to right.
    private(set) var columns: [Column] = []
    var tolerance: Double

    init(tolerance: Double) { self.tolerance = tolerance }

    init(segments: [Segment], tolerance: Double) {
        self.tolerance = tolerance
        let sorted = segments.sorted { $0.alignmentEdge < $1.alignmentEdge }
        for segment in sorted where !isDash(segment) { add(segment) }
        for segment in sorted where isDash(segment) { add(segment) }
        columns.sort { $0.x1 < $1.x1 }
    }

    var count: Int { columns.count }

    /// Index of the column this number belongs to, if any.
    func match(_ segment: Segment) -> Int? {
        var best: (index: Int, distance: Double)?
        for (index, column) in columns.enumerated() {
            let distance: Double
            let edge = segment.alignmentEdge
            if edge >= column.rightMin - tolerance && edge <= column.rightMax + tolerance {
                distance = abs(edge - (column.rightMin + column.rightMax) / 2)
            } else if isDash(segment) && segment.bbox.midX >= column.x0 - tolerance && segment.bbox.midX <= column.x1 + tolerance {
                distance = tolerance + abs(segment.bbox.midX - (column.x0 + column.x1) / 2)
            } else {
                continue
            }
            if best == nil || distance < best?.distance ?? .infinity { best = (index, distance) }
        }
        return best?.index
    }

    /// Adds a number to its matching column or opens a new one.
    mutating func add(_ segment: Segment) {
        if let index = match(segment) {
            var column = columns[index]
            if !isDash(segment) {
                column.rightMin = min(column.rightMin, segment.alignmentEdge)
                column.rightMax = max(column.rightMax, segment.alignmentEdge)
            }
            column.x0 = min(column.x0, segment.bbox.x0)
            column.x1 = max(column.x1, segment.bbox.x1)
            columns[index] = column
        } else {
            columns.append(Column(rightMin: segment.alignmentEdge, rightMax: segment.alignmentEdge, x0: segment.bbox.x0,
                                  x1: segment.bbox.x1))
        }
    }

    /// Columns a header or text segment stands over (by horizontal overlap), or the nearest one.
    func columnsCovered(by box: BoundingBox) -> ClosedRange<Int>? {
        guard !columns.isEmpty else { return nil }
        var covered: [Int] = []
        for (index, column) in columns.enumerated() {
            let overlap = min(box.x1, column.x1) - max(box.x0, column.x0)
            let columnWidth = max(column.x1 - column.x0, 1)
            if overlap > 0 && (overlap >= 0.25 * columnWidth || overlap >= 0.5 * box.width) { covered.append(index) }
        }
        if let first = covered.first, let last = covered.last { return first...last }
        // Centred in the gap between two columns and reaching into both: a heading over both.
        if let right = columns.firstIndex(where: { $0.x0 > box.midX }), right > 0,
           columns[right - 1].x1 < box.midX, box.x0 < columns[right - 1].x1, box.x1 > columns[right].x0 {
            return (right - 1)...right
        }
        let nearest = columns.indices.min { abs(columns[$0].midX - box.midX) < abs(columns[$1].midX - box.midX) }
        return nearest.map { $0...$0 }
    }

    private func isDash(_ segment: Segment) -> Bool {
        !segment.text.contains { $0.isNumber }
    }
}
