import Foundation

/// Found/total of gold facts per format group, and the miss list, as the accuracy command prints them.
public struct AccuracyReport: Sendable {
    /// The corpus folders, which are the formats, in print order.
    public static let folders = ["pdf", "html", "ixbrl", "xbrl"]
    /// The folders the `--min-markup` floor covers.
    public static let markupFolders: Set<String> = ["html", "ixbrl", "xbrl"]

    public var outcomes: [MatchOutcome]
    /// One line per file saying what we extracted (see `DocumentSummary`), shown beside its misses.
    public var fileNotes: [String: String]

    public init(outcomes: [MatchOutcome], fileNotes: [String: String] = [:]) {
        self.outcomes = outcomes
        self.fileNotes = fileNotes
    }

    /// Found and total over the gold facts of the given folders.
    public func score(folders: Set<String>) -> Score {
        let chosen = outcomes.filter { folders.contains($0.gold.folder) }
        return Score(found: chosen.filter(\.isFound).count, total: chosen.count)
    }

    /// The summary table: one row per format, then markup and overall.
    public func renderSummary() -> String {
        var rows: [(String, Score)] = Self.folders.map { ($0, score(folders: [$0])) }
        rows.append(("markup", score(folders: Self.markupFolders)))
        rows.append(("overall", score(folders: Set(Self.folders))))
        var text = "format    found  total   rate\n"
        for (name, score) in rows where score.total > 0 {
            text += name.padded(8) + String(score.found).leftPadded(7) + String(score.total).leftPadded(7)
                + score.percentText.leftPadded(7) + "\n"
        }
        return text
    }

    /// Miss counts by failing step, most frequent first.
    public func renderReasons() -> String {
        let counts = Dictionary(grouping: outcomes.compactMap(\.miss), by: \.category).mapValues(\.count)
        let sorted = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        return sorted.map { "\(String($0.value).leftPadded(5))  \($0.key)" }.joined(separator: "\n") + "\n"
    }

    /// Per file, its score, then every miss with the reason and where the value shows up instead.
    public func renderMisses() -> String {
        var text = ""
        let byFile = Dictionary(grouping: outcomes, by: \.gold.file)
        for file in byFile.keys.sorted() {
            let facts = byFile[file] ?? []
            let found = facts.filter(\.isFound).count
            text += "\(file)  \(found)/\(facts.count)\n"
            if found < facts.count, let note = fileNotes[file] { text += "    ours: \(note)\n" }
            for outcome in facts {
                guard let miss = outcome.miss else { continue }
                let gold = outcome.gold
                let page = gold.page.map { " p\($0)" } ?? ""
                let scale = gold.scale == 1 ? "" : " ×\(gold.scale)"
                text += "  ✗ \(gold.statement) \"\(gold.label)\" \(gold.period) = \(gold.value)\(scale)\(page)\n"
                text += "      \(miss.category): \(miss.detail)\n"
                if !outcome.valueSeenAt.isEmpty {
                    text += "      value seen at: \(outcome.valueSeenAt.joined(separator: "; "))\n"
                }
            }
        }
        return text
    }
}

/// Found out of total.
public struct Score: Sendable, Equatable {
    public var found: Int
    public var total: Int

    public init(found: Int, total: Int) {
        self.found = found
        self.total = total
    }

    /// Percentage found, 0 when there is nothing to find.
    public var percent: Double { total == 0 ? 0 : Double(found) * 100 / Double(total) }

    public var percentText: String { String(format: "%.1f%%", percent) }
}

extension String {
    /// Pads with spaces on the right to `width`.
    public func padded(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    /// Pads with spaces on the left to `width`.
    public func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
