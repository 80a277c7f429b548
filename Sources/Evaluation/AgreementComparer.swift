import Foundation
import Identification
import TickmarkModel

/// One value two documents give differently.
public struct Disagreement: Sendable, Equatable {
    public var kind: StatementKind
    /// The line's label in the first document, and in the second.
    public var label: String
    public var otherLabel: String
    /// The period key both facts share.
    public var period: String
    /// The compared values (see `AgreementComparer.comparable`), first document then second.
    public var value: Decimal?
    public var otherValue: Decimal?
}

/// What two documents of the same filing say about the facts they share.
public struct PairAgreement: Sendable {
    public var compared = 0
    public var agreed = 0
    /// Agreements that needed the printed-vs-XBRL sign convention (capex is positive in XBRL).
    public var agreedBySignConvention = 0
    public var disagreements: [Disagreement] = []

    public init() {}
}

/// Compares the primary statements of two documents of the same company and period: the
/// k-th statement of a kind with the k-th (combined filings print one per registrant), lines
/// paired by canonical concept when both have one, else by line key (label slug, with its
/// section where the label repeats), the k-th occurrence of a key with the k-th; facts by
/// period key. Values are compared as presented, or with the XBRL sign convention against an
/// XBRL instance, where nothing is printed.
public struct AgreementComparer: Sendable {
    /// The statements compared; equity statements are left out (their columns are components, not periods).
    public static let kinds: [StatementKind] = [.income, .comprehensiveIncome, .balance, .cashFlow]

    public init() {}

    /// Compares every fact the two documents share (see the type's comment).
    public func compare(_ a: DocumentRecord, _ b: DocumentRecord) -> PairAgreement {
        var result = PairAgreement()
        for kind in Self.kinds {
            let statementsB = b.statements.filter { $0.kind == kind }
            for (statement, other) in zip(a.statements.filter { $0.kind == kind }, statementsB) {
                for (line, otherLine) in pairedLines(statement, other) {
                    for fact in line.valueFacts {
                        guard let otherFact = otherLine.valueFacts.first(where: { $0.period == fact.period }) else { continue }
                        compare(fact, in: a.format, with: otherFact, in: b.format, kind: kind,
                                labels: (line.label, otherLine.label), into: &result)
                    }
                }
            }
        }
        return result
    }

    /// Lines that are the same line in both statements, in the order of `a`.
    public func pairedLines(_ a: Statement, _ b: Statement) -> [(Line, Line)] {
        var pairs: [(Int, Int)] = []
        var pairedA = Set<Int>()
        var pairedB = Set<Int>()
        let conceptsA = Self.group(a.lines.indices.filter { a.lines[$0].concept != nil }) { a.lines[$0].concept ?? "" }
        let conceptsB = Self.group(b.lines.indices.filter { b.lines[$0].concept != nil }) { b.lines[$0].concept ?? "" }
        for (concept, indicesA) in conceptsA {
            for (i, j) in zip(indicesA, conceptsB[concept] ?? []) {
                pairs.append((i, j))
                pairedA.insert(i)
                pairedB.insert(j)
            }
        }
        let labelKeysA = Self.labelKeys(a.lines)
        let labelKeysB = Self.labelKeys(b.lines)
        let keysA = Self.group(a.lines.indices.filter { !pairedA.contains($0) }) { labelKeysA[$0] }
        let keysB = Self.group(b.lines.indices.filter { !pairedB.contains($0) }) { labelKeysB[$0] }
        for (key, indicesA) in keysA where !key.isEmpty {
            for (i, j) in zip(indicesA, keysB[key] ?? []) where a.lines[i].concept == nil || b.lines[j].concept == nil {
                pairs.append((i, j))
            }
        }
        return pairs.sorted { $0.0 < $1.0 }.map { (a.lines[$0.0], b.lines[$0.1]) }
    }

    /// The slug of each printed label, with its heading where the label repeats in the statement
    /// (`investing-activities/other`): the words two formats of one filing share, which line IDs
    /// (always under their heading) do not need to.
    static func labelKeys(_ lines: [Line]) -> [String] {
        let labels = lines.map { Slug.make($0.label) }
        var counts: [String: Int] = [:]
        for label in labels { counts[label, default: 0] += 1 }
        return zip(lines, labels).map { line, label in
            counts[label]! > 1 ? Slug.make(line.section.last ?? "") + "/" + label : label
        }
    }

    /// Indices grouped by key, each group in ascending order.
    private static func group(_ indices: [Int], by key: (Int) -> String) -> [String: [Int]] {
        Dictionary(grouping: indices, by: key)
    }

    private func compare(_ fact: Fact, in format: FileFormat, with other: Fact, in otherFormat: FileFormat,
                         kind: StatementKind, labels: (String, String), into result: inout PairAgreement) {
        let value = comparable(fact, format: format, against: otherFormat)
        let otherValue = comparable(other, format: otherFormat, against: format)
        if value == nil && otherValue == nil { return }
        result.compared += 1
        let left = value ?? 0
        let right = otherValue ?? 0
        if left == right {
            result.agreed += 1
        } else if (format == .xbrl) != (otherFormat == .xbrl), left == -right {
            // A printed statement against an instance: the instance follows the XBRL sign convention.
            result.agreed += 1
            result.agreedBySignConvention += 1
        } else {
            result.disagreements.append(Disagreement(kind: kind, label: labels.0, otherLabel: labels.1,
                                                     period: fact.period, value: value, otherValue: otherValue))
        }
    }

    /// The value to compare: against an XBRL instance, a tagged fact's own `xbrlValue`
    /// (XBRL sign convention) when it has one; otherwise the value as presented.
    func comparable(_ fact: Fact, format: FileFormat, against otherFormat: FileFormat) -> Decimal? {
        if format == .xbrl || otherFormat == .xbrl, let xbrlValue = fact.xbrlValue { return xbrlValue }
        return fact.value
    }
}
