/// One row of the corpus's `MANIFEST.tsv`.
public struct ManifestEntry: Sendable, Hashable {
    /// Path relative to `filings/`.
    public var file: String
    public var company: String
    /// `-` when the filer has none (UK accounts).
    public var ticker: String
    public var form: String
    /// ISO fiscal period end as the manifest gives it.
    public var periodEnd: String
    /// `pdf`, `html`, `ixbrl`, `xbrl-instance`, `xbrl-schema`, `xbrl-linkbase-…`.
    public var format: String

    public init(file: String, company: String, ticker: String, form: String, periodEnd: String, format: String) {
        self.file = file
        self.company = company
        self.ticker = ticker
        self.form = form
        self.periodEnd = periodEnd
        self.format = format
    }

    /// True for a file the pipeline ingests as a document (not a schema or linkbase).
    public var isDocument: Bool { Manifest.documentFormats.contains(format) }
}

/// Reads `MANIFEST.tsv` and finds the filings present in more than one format.
public enum Manifest {
    /// Document formats in comparison order: printed first, the instance last.
    public static let documentFormats = ["pdf", "html", "ixbrl", "xbrl-instance"]

    /// Parses the tab-separated file; the header row names the columns.
    public static func parse(_ text: String) -> [ManifestEntry] {
        let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        guard let header = rows.first else { return [] }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        guard let file = column("file"), let company = column("company"), let ticker = column("ticker"),
              let form = column("form"), let end = column("fiscal_period_end"), let format = column("format") else { return [] }
        let width = [file, company, ticker, form, end, format].max() ?? 0
        return rows.dropFirst().filter { $0.count > width }.map {
            ManifestEntry(file: $0[file], company: $0[company], ticker: $0[ticker], form: $0[form],
                          periodEnd: $0[end], format: $0[format])
        }
    }

    /// Documents of the same company (ticker) and fiscal period end in two or more formats,
    /// each group in comparison order, groups by ticker then date. This is the README's table
    /// "The same company and period in more than one format".
    public static func samePeriodGroups(_ entries: [ManifestEntry]) -> [[ManifestEntry]] {
        let documents = entries.filter { $0.isDocument && $0.ticker != "-" && !$0.ticker.isEmpty }
        let groups = Dictionary(grouping: documents) { "\($0.ticker)|\($0.periodEnd)" }
        return groups.keys.sorted().compactMap { key in
            let group = (groups[key] ?? []).sorted { order($0) < order($1) }
            return group.count > 1 ? group : nil
        }
    }

    /// Every two documents of a group, in comparison order.
    public static func pairs(_ group: [ManifestEntry]) -> [(ManifestEntry, ManifestEntry)] {
        var result: [(ManifestEntry, ManifestEntry)] = []
        for i in group.indices {
            for j in group.indices where j > i { result.append((group[i], group[j])) }
        }
        return result
    }

    private static func order(_ entry: ManifestEntry) -> (Int, String) {
        (documentFormats.firstIndex(of: entry.format) ?? documentFormats.count, entry.file)
    }
}
