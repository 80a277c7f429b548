import TickmarkModel

/// Finds the runs of lines on one page that form tables: consecutive lines whose numbers align
/// on shared right edges, with label-only lines between them and header lines just above.
struct TableRegionFinder {
    /// Lines a table may carry without values before it must see another value line.
    var maximumLabelRunInside = 4
    /// Lines above the first value line searched for headers.
    var maximumHeaderLines = 6

    /// Half-open ranges of line indices, top to bottom, not overlapping.
    func regions(in lines: [PrintedLine]) -> [Range<Int>] {
        var regions: [Range<Int>] = []
        var start = 0
        var floor = 0
        while start < lines.count {
            guard lines[start].isValueLine, let last = lastValueLine(from: start, in: lines) else {
                start += 1
                continue
            }
            let top = headerStart(above: start, floor: floor, in: lines, area: LabelArea(lines: lines[start...last]))
            regions.append(top..<(last + 1))
            floor = last + 1
            start = last + 1
        }
        return regions
    }

    /// The last value line of the table starting at `start`, or nil when fewer than two value
    /// lines align.
    private func lastValueLine(from start: Int, in lines: [PrintedLine]) -> Int? {
        let first = lines[start]
        var columns = ValueColumns(tolerance: alignmentTolerance(first.fontSize))
        first.numericSegments.forEach { columns.add($0) }
        var last = start
        var valueLines = 1
        var index = start + 1
        while index < lines.count, index - last <= maximumLabelRunInside + 1 {
            let line = lines[index]
            guard isClose(line, below: lines[index - 1]) else { break }
            if line.isValueLine {
                let numbers = line.numericSegments
                let matched = numbers.count { columns.match($0) != nil }
                // Rows set tight together stay one table even when their numbers are staggered.
                let tight = line.bbox.y0 - lines[index - 1].bbox.y1 <= 0.8 * line.fontSize
                guard (matched > 0 && matched * 2 >= numbers.count) || (matched == 0 && tight) else { break }
                numbers.forEach { columns.add($0) }
                last = index
                valueLines += 1
            } else if isRunningText(line, columns: columns) {
                break
            }
            index += 1
        }
        return valueLines >= 2 ? last : nil
    }

    /// The first line of the table: header lines (periods, dates, column titles over the value
    /// columns) and the label lines between them and the first value line.
    private func headerStart(above start: Int, floor: Int, in lines: [PrintedLine], area: LabelArea) -> Int {
        var top = start
        var sawHeader = false
        var index = start - 1
        while index >= floor, start - index <= maximumHeaderLines {
            let line = lines[index]
            let overValues = line.segments.filter { $0.bbox.x0 >= area.headerLimit }
            // Column titles set apart from the first row by a blank line ("Shares  Amount  Par Value"
            // over an equity statement's components) still head it.
            let setApart = index == start - 1 && overValues.count >= 2 && !overValues.contains(where: \.isNumeric)
                && isClose(lines[index + 1], below: line, within: 3.5)
            guard !line.isValueLine, isClose(lines[index + 1], below: line) || setApart else { break }
            if line.segments.contains(where: { $0.bbox.x0 < area.headerLimit && $0.bbox.x1 > area.valuesX0 }) { break }
            // Above a header, a lone word over the value columns continues a stacked heading.
            let stackedHeading = sawHeader && overValues.count == 1 && line.segments.count == 1
                && area.isOverValues(overValues[0], fontSize: line.fontSize)
                && lines[index + 1].bbox.y0 - line.bbox.y1 <= 0.5 * line.fontSize
            if overValues.count >= 2 || overValues.contains(where: \.isColumnHeading) || stackedHeading {
                sawHeader = true
                top = index
            } else if sawHeader {
                break
            } else if start - index == 1 && line.text.hasSuffix(":") {
                top = index
            }
            index -= 1
        }
        return top
    }

    /// A line of prose across the value columns (ends a table).
    private func isRunningText(_ line: PrintedLine, columns: ValueColumns) -> Bool {
        guard let firstColumn = columns.columns.first else { return false }
        return line.segments.contains { !$0.isNumeric && $0.bbox.x0 < firstColumn.x0 && $0.bbox.x1 > firstColumn.x1 }
    }

    /// At most `within` font sizes of space between the lines.
    private func isClose(_ line: PrintedLine, below previous: PrintedLine, within: Double = 2.5) -> Bool {
        line.bbox.y0 - previous.bbox.y1 <= within * max(previous.fontSize, line.fontSize)
    }

    private func alignmentTolerance(_ fontSize: Double) -> Double { max(3, 0.6 * fontSize) }
}

extension PrintedLine {
    /// Carries at least one printed amount.
    var isValueLine: Bool { amountCount > 0 }
}
