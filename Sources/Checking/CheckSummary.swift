import TickmarkModel

/// Counts of a document's self-checks, for the one line `ingest` prints per document and for
/// the pass-rate report.
public struct CheckSummary: Sendable, Equatable {
    public var passed = 0
    public var failed = 0
    public var skipped = 0
    /// Failing checks per rule.
    public var failuresByRule: [CheckRule: Int] = [:]

    public init(_ statements: [Statement]) {
        for check in statements.flatMap(\.checks) {
            switch check.status {
            case .pass: passed += 1
            case .skipped: skipped += 1
            case .fail:
                failed += 1
                failuresByRule[check.rule, default: 0] += 1
            }
        }
    }

    /// "2 of 41 checks failed (totals-foot ×1, balance-sheet-balances ×1)", or nil when none failed.
    public var failureLine: String? {
        guard failed > 0 else { return nil }
        let rules = failuresByRule.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) ×\($0.value)" }
        return "\(failed) of \(passed + failed) checks failed (\(rules.joined(separator: ", ")))"
    }
}
