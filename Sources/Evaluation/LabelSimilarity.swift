/// Ranks our printed labels by closeness to a gold label, for miss reports.
public enum LabelSimilarity {
    /// The `count` labels nearest to `label` (edit distance on folded text), nearest first,
    /// without duplicates; ties keep document order.
    public static func closest(to label: String, among labels: [String], count: Int) -> [String] {
        let target = Array(LabelFolding.fold(label))
        var seen = Set<String>()
        let unique = labels.filter { seen.insert($0).inserted }
        let ranked = unique.enumerated().map { index, candidate in
            (distance: editDistance(target, Array(LabelFolding.fold(candidate))), index: index, label: candidate)
        }
        return ranked.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }.prefix(count).map(\.label)
    }

    /// Levenshtein distance between two character arrays.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
