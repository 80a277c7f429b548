import TickmarkModel

/// Groups a statement's tables: the first, titled table and the tables that continue it on
/// the following pages (title repeated, "(continued)", or an untitled table at the top of the
/// next page with the same column headings).
enum ContinuationJoiner {
    /// Tables of one statement, in printed order.
    struct Group: Sendable {
        var parts: [StatementCandidate]
        var kind: StatementKind
        var isParentOnly: Bool

        var first: StatementCandidate { parts[0] }
        var lastPage: Int? { parts.last?.table.pages.last }
    }

    /// Groups the candidates (all the document's tables, in order) into statements.
    static func groups(_ candidates: [StatementCandidate]) -> [Group] {
        var groups: [Group] = []
        var open: Int?  // index of the group the previous table belongs to
        for candidate in candidates {
            if let g = open, continues(groups[g], with: candidate) {
                groups[g].parts.append(candidate)
                continue
            }
            switch candidate.verdict {
            case .statement(let kind):
                groups.append(Group(parts: [candidate], kind: kind, isParentOnly: false))
                open = groups.count - 1
            case .parentOnly(let kind):
                groups.append(Group(parts: [candidate], kind: kind, isParentOnly: true))
                open = groups.count - 1
            case .rejected, nil:
                open = nil
            }
        }
        return groups
    }

    private static func continues(_ group: Group, with candidate: StatementCandidate) -> Bool {
        if group.first.standsAlone || candidate.standsAlone { return false }
        if let kind = candidate.kind, kind != group.kind { return false }
        if case .rejected = candidate.verdict { return false }
        guard let page = candidate.table.pages.first, let lastPage = group.lastPage else {
            // HTML has no pages: the next table continues when it says so, or when it is
            // untitled with the same headings and little text between.
            let sameHeaders = headingsMatch(group.first, candidate)
            if candidate.saysContinued { return sameHeaders || candidate.layout.headerRows.isEmpty }
            // An equity statement prints the prior period as a second block of the same components.
            let sameComponents = group.kind == .equity && headingsMatch(group.first, candidate, ignoringDates: true)
            return candidate.kind == nil && (sameHeaders || sameComponents) && candidate.textAbove.count <= 4
        }
        if page == lastPage {
            // A 10-Q equity statement prints its quarter and year-to-date blocks (this year's and
            // last year's) as tables of the same components, one under the other on the page (the
            // top heading line may stand apart, as text above the table).
            if group.kind == .equity, candidate.verdict == nil, candidate.textAbove.count <= 3,
               headingsMatch(group.first, candidate, ignoringDates: true, linesAbove: candidate.textAbove) {
                return true
            }
            // An equity statement too wide for the page prints its other components as a second
            // table of the same rows below the first (IFRS filers' statements of changes in equity).
            if group.kind == .equity, candidate.verdict == nil, candidate.textAbove.count <= 3,
               let previous = group.parts.last, candidate.continuesColumns(of: previous) {
                return true
            }
            // The table builder split the statement where heading lines interrupt it (or a label
            // wrapped over several lines: "Preferred stock, 5,000,000 shares authorized, of which").
            let interruption = candidate.textAbove.count <= 3
                || (candidate.textAbove.count <= 6 && candidate.textAbove.allSatisfy { $0.count <= 80 && !$0.hasSuffix(".") })
            return candidate.verdict == nil && interruption && candidate.layout.headerRows.isEmpty
                && candidate.layout.valueColumns.count == group.first.layout.valueColumns.count
        }
        guard page == lastPage + 1 else { return false }
        // A page that names another unit ("(Thousands of U.S. dollars)" after "(Unit: Millions of
        // yen)") prints another statement: a convenience translation of the one before.
        let scaleAbove = ScaleReader.scale(in: candidate.textAbove)
        let firstScale = ScaleReader.scale(in: group.first.titleLines + group.first.layout.allHeaderTexts)
        if scaleAbove != .units, firstScale != .units, scaleAbove.exponent != firstScale.exponent { return false }
        if candidate.headsItsOwnPage(unlike: group.first) { return false }
        let sameHeaders = headingsMatch(group.first, candidate)
        if candidate.saysContinued { return sameHeaders || candidate.layout.headerRows.isEmpty }
        if candidate.kind == nil {
            return sameHeaders || (candidate.layout.headerRows.isEmpty
                && candidate.layout.valueColumns.count == group.first.layout.valueColumns.count)
                || (candidate.textAbove.count <= 3 && yearsMatch(group.first, candidate))
        }
        // Title repeated on the next page: the same statement when the headings are the same.
        return sameHeaders && PrintedText.squashed(candidate.title ?? "") == PrintedText.squashed(group.first.title ?? "")
    }

    /// Headings that print the same year over each column, though worded or cut differently
    /// ("(As of December 31, 2023)" on the first page, "31, 2023)" under a heading line the
    /// next page printed apart).
    private static func yearsMatch(_ a: StatementCandidate, _ b: StatementCandidate) -> Bool {
        let years = { (c: StatementCandidate) in
            c.headings.map { heading in PrintedText.words(heading).compactMap(PrintedText.year(in:)) }
        }
        let (first, next) = (years(a), years(b))
        return !first.isEmpty && first == next && first.allSatisfy { !$0.isEmpty }
    }

    /// Whether two tables print the same column headings; `ignoringDates` compares them without
    /// their years, months and days ("Three Months Ended July 31, 2023" and "…, 2022");
    /// `linesAbove` are heading lines printed over `b` as text.
    private static func headingsMatch(_ a: StatementCandidate, _ b: StatementCandidate, ignoringDates: Bool = false,
                                      linesAbove: [String] = []) -> Bool {
        // Heading label cells count ("Six Months Ended" vs "Three Months Ended"), a scale
        // phrase printed on one page only does not.
        let periodLabels = { (c: StatementCandidate) in c.layout.headerLabelTexts.filter { ScaleReader.scale(in: [$0]) == .units } }
        // Compared as sets of words: the table builder may split a heading differently on
        // each page ("Balance at | December 31," over one column each, or over both).
        let isDate = { (word: String) in
            ignoringDates && (word.contains(where: \.isNumber) || DateReader.dates(in: [word]).first?.month != nil)
        }
        let words = { (c: StatementCandidate, lines: [String]) in
            Set((periodLabels(c) + c.headings + lines).flatMap(PrintedText.words).filter { !isDate($0) })
        }
        return !a.headings.isEmpty && a.headings.count == b.headings.count && words(a, []) == words(b, linesAbove)
    }
}
