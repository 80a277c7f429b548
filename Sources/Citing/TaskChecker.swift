import CorpusStore
import Foundation
import TickmarkModel

/// `cite check`: proves a rubric right against the corpus, or says why not, criterion by criterion.
/// Every cited ID resolves (aliases noted) to a value in one of the task's sources; each
/// expression recomputes to its expected value within tolerance with compatible units, scales and
/// periods; a cited value another document contradicts, one several sources hold identically, or
/// one a self-check failed is flagged unless the criterion accepts that trap.
public struct TaskChecker: Sendable {
    public let counterparts: Counterparts

    public init(counterparts: Counterparts) {
        self.counterparts = counterparts
    }

    /// What is wrong, by kind: `ingest --rebuild --tasks` fails on the kinds that mean a cited value changed.
    public struct Problem: Sendable, Codable, Equatable {
        public enum Kind: String, Sendable, Codable {
            case malformed, unknownSource, unresolved, dash, valueChanged, outsideSources, flagged, contradicted, ambiguous,
                 incompatible, scalesMixedUnscaled, wrongExpected
        }

        public var kind: Kind
        public var message: String

        /// Whether the problem means the corpus no longer holds what the task expects.
        public var isValueChange: Bool { [.unresolved, .dash, .valueChanged, .wrongExpected, .scalesMixedUnscaled].contains(kind) }
    }

    /// The verdict on one criterion.
    public struct CriterionReport: Sendable, Codable, Equatable {
        public var index: Int
        public var text: String
        public var problems: [Problem]
        public var notes: [String]
        /// The recomputed result in the criterion's scale, when there is an expression.
        public var result: String?
        public var passed: Bool { problems.isEmpty }
    }

    /// The verdict on a task.
    public struct Report: Sendable, Codable, Equatable {
        public var task: String
        public var problems: [Problem]
        public var criteria: [CriterionReport]
        public var passed: Bool { problems.isEmpty && criteria.allSatisfy(\.passed) }
    }

    public func check(_ task: TaskFile) throws(CorpusError) -> Report {
        var problems: [Problem] = []
        let documents = try counterparts.corpus.documentSummaries()
        var sources: Set<String> = []
        for source in task.sources {
            let found = documents.filter { d in source.id.map { d.id == $0 } ?? source.file.map { d.file == ($0 as NSString).lastPathComponent } ?? false }
            if found.isEmpty {
                problems.append(Problem(kind: .unknownSource, message: "source \(source.id ?? source.file ?? "?") is not in the corpus"))
            }
            sources.formUnion(found.map(\.id))
        }
        var criteria: [CriterionReport] = []
        for (i, criterion) in task.criteria.enumerated() {
            criteria.append(try check(criterion, index: i + 1, sources: sources))
        }
        return Report(task: task.id, problems: problems, criteria: criteria)
    }

    private func check(_ criterion: TaskFile.Criterion, index: Int, sources: Set<String>) throws(CorpusError) -> CriterionReport {
        var problems: [Problem] = []
        var notes: [String] = []
        let accepted = Set(criterion.accept ?? [])
        var quantities: [String: Quantity] = [:]
        for (name, citation) in (criterion.citations ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard CitationID(citation.id) != nil else {
                problems.append(Problem(kind: .malformed, message: "\(name): \(citation.id) is not a citation ID"))
                continue
            }
            guard let (resolved, fact) = try CitationDetail.resolve(citation.id, in: counterparts.corpus) else {
                problems.append(Problem(kind: .unresolved, message: "\(name): \(citation.id) does not resolve (gone from the corpus, no alias)"))
                continue
            }
            if resolved != citation.id { notes.append("\(name): \(citation.id) is an alias of \(resolved)") }
            guard let text = fact.value, let value = Decimal(string: text) else {
                problems.append(Problem(kind: .dash, message: "\(name): \(resolved) prints a dash, no value"))
                continue
            }
            if let expected = citation.value, Decimal(string: expected) != value {
                problems.append(Problem(kind: .valueChanged, message: "\(name): \(resolved) holds \(text), the task expects \(expected)"))
            }
            if !sources.contains(fact.document.id) {
                problems.append(Problem(kind: .outsideSources, message: "\(name): \(fact.document.file) (\(fact.document.id)) is not among the task's sources"))
            }
            let failing = fact.flags.filter { $0 != "unchecked" }
            if !failing.isEmpty && !accepted.contains("flagged") {
                problems.append(Problem(kind: .flagged, message: "\(name): a self-check failed on this value (\(failing.joined(separator: ", ")))"))
            } else if fact.flags.contains("unchecked") {
                notes.append("\(name): no self-check confirms this value")
            }
            for other in try counterparts.of(fact) {
                let where_ = "\(other.fact.id) (\(other.fact.value ?? "—"), \(other.fact.document.form ?? "?") \(other.fact.document.file))"
                if !other.agrees && !accepted.contains("contradicted") {
                    problems.append(Problem(kind: .contradicted, message: "\(name): \(text) is contradicted by \(where_)"))
                } else if other.agrees && sources.contains(other.fact.document.id) && !accepted.contains("ambiguous") {
                    problems.append(Problem(kind: .ambiguous, message: "\(name): another source holds the same value: \(where_)"))
                }
            }
            let scale = Decimal(fact.statement.scale)
            quantities[name] = Quantity(value: value, unscaled: value / scale, unit: fact.unit?.isEmpty == false ? fact.unit : nil,
                                        period: PeriodShape(key: fact.period), scale: fact.statement.scale, name: name)
        }
        let result = recompute(criterion, quantities, problems: &problems, notes: &notes)
        return CriterionReport(index: index, text: criterion.text, problems: problems, notes: notes, result: result)
    }

    /// Recomputes the expression (or the single citation) and compares it with the expected value; returns the result in the criterion's scale.
    private func recompute(_ criterion: TaskFile.Criterion, _ quantities: [String: Quantity],
                           problems: inout [Problem], notes: inout [String]) -> String? {
        guard let expectedText = criterion.expected else { return nil }
        let expression: TaskExpression
        do {
            if let text = criterion.expression {
                expression = try TaskExpression(parsing: text)
            } else if let only = criterion.citations?.keys.first, criterion.citations?.count == 1 {
                expression = .name(only)
            } else {
                problems.append(Problem(kind: .malformed, message: "an expected value needs an expression over several citations"))
                return nil
            }
        } catch {
            problems.append(Problem(kind: .malformed, message: "expression: \(error.message)"))
            return nil
        }
        guard let factor = TaskFile.factor(of: criterion.scale), let expected = PrintedNumber(expectedText),
              let tolerance = criterion.tolerance.map({ PrintedNumber($0)?.value }) ?? expected.halfUnit else {
            problems.append(Problem(kind: .malformed, message: "expected, scale or tolerance cannot be read"))
            return nil
        }
        let missing = expression.names.subtracting(quantities.keys)
        guard missing.isEmpty else {
            if problems.isEmpty {
                problems.append(Problem(kind: .malformed, message: "expression names \(missing.sorted().joined(separator: ", ")), not citations"))
            }
            return nil
        }
        var messages: [String] = []
        guard let quantity = Quantity.evaluate(expression, quantities, problems: &messages, notes: &notes) else {
            problems += messages.map { Problem(kind: .incompatible, message: $0) }
            return nil
        }
        problems += messages.map { Problem(kind: .incompatible, message: $0) }
        if let unit = criterion.unit {
            let pure = ["ratio", "percent", "pure"].contains(unit.lowercased())
            if pure ? quantity.unit != nil : (quantity.unit != nil && quantity.unit != unit) {
                problems.append(Problem(kind: .incompatible, message: "the expression gives \(quantity.unit ?? "a ratio"), the criterion says \(unit)"))
            }
        }
        let result = quantity.value / factor
        let shown = Self.rounded(result)
        if (result - expected.value).magnitude <= tolerance { return shown }
        let scales = Set(quantities.values.compactMap(\.scale))
        if scales.count > 1, (quantity.unscaled - expected.value).magnitude <= tolerance {
            problems.append(Problem(kind: .scalesMixedUnscaled, message: """
                expected \(expectedText) is what the printed figures give read as written, scales mixed \
                (\(scales.sorted().map { "×\($0)" }.joined(separator: ", "))); \
                in full units the expression gives \(shown) \(criterion.scale ?? "ones")
                """))
        } else {
            problems.append(Problem(kind: .wrongExpected, message: "recomputes to \(shown), expected \(expectedText) ± \(tolerance) (\(criterion.scale ?? "ones"))"))
        }
        return shown
    }

    static func rounded(_ value: Decimal) -> String {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, 6, .plain)
        return "\(output)"
    }
}
