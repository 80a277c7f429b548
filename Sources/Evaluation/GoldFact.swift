import Foundation
import TickmarkModel

/// One line of the gold file (`gold/visible.jsonl`): a value printed or tagged in one corpus file.
public struct GoldFact: Sendable, Hashable {
    /// Path relative to `filings/`, e.g. `pdf/MMM_10K_2018.pdf`.
    public var file: String
    /// `income`, `balance`, `cash_flow`, `equity` or `other` (any statement).
    public var statement: String
    /// The row label as printed; empty for an unlabeled row.
    public var label: String
    /// The gold period as written (`FY2018`, `3M:2023-07-01`, `2018-12-31` …).
    public var period: String
    public var periodEnd: String
    /// The number as printed, sign applied (raw fact value for XBRL instances).
    public var value: Decimal
    /// Header multiplier (1 for XBRL instances).
    public var scale: Decimal
    /// 1-based PDF page, nil for markup.
    public var page: Int?
    public var concept: String?

    public init(file: String, statement: String, label: String, period: String, periodEnd: String,
                value: Decimal, scale: Decimal, page: Int?, concept: String?) {
        self.file = file
        self.statement = statement
        self.label = label
        self.period = period
        self.periodEnd = periodEnd
        self.value = value
        self.scale = scale
        self.page = page
        self.concept = concept
    }

    /// The value in full units, as our `Fact.value` holds it.
    public var expectedValue: Decimal { value * scale }

    /// The corpus folder the file lives in, which is its format group: `pdf`, `html`, `ixbrl`, `xbrl`.
    public var folder: String { file.split(separator: "/").first.map(String.init) ?? "" }

    /// The statement kind the gold asks for; nil for `other` (any statement will do).
    public var statementKind: StatementKind? { StatementKind(rawValue: statement) }
}

/// Reads the gold JSON-lines file.
public enum GoldFile {
    /// Parses every non-empty line; a malformed line is an error naming its line number.
    public static func parse(_ text: String) throws -> [GoldFact] {
        var facts: [GoldFact] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let raw: RawGoldLine
            do {
                raw = try JSONDecoder().decode(RawGoldLine.self, from: Data(trimmed.utf8))
            } catch {
                throw GoldFileError(line: n + 1, reason: "\(error)")
            }
            guard let fact = raw.goldFact() else {
                throw GoldFileError(line: n + 1, reason: "value or scale is not a finite number")
            }
            facts.append(fact)
        }
        return facts
    }

    /// Reads and parses the file at `path`.
    public static func load(path: String) throws -> [GoldFact] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try parse(String(decoding: data, as: UTF8.self))
    }

    /// A JSON number read as a Double, turned into the exact decimal it was written as
    /// (`5.51` stays 5.51, not 5.5099999…).
    static func exactDecimal(_ number: Double) -> Decimal? {
        Decimal(string: "\(number)", locale: Locale(identifier: "en_US_POSIX"))
    }
}

/// A gold line that could not be read.
public struct GoldFileError: Error, CustomStringConvertible {
    public var line: Int
    public var reason: String
    public var description: String { "gold line \(line): \(reason)" }
}

private struct RawGoldLine: Decodable {
    var file: String
    var statement: String
    var label: String
    var period: String
    var period_end: String
    var value: Double
    var scale: Double?
    var page: Int?
    var concept: String?

    /// Nil when the value or scale is not a finite number.
    func goldFact() -> GoldFact? {
        guard let value = GoldFile.exactDecimal(value), let scale = GoldFile.exactDecimal(scale ?? 1) else { return nil }
        return GoldFact(file: file, statement: statement, label: label, period: period, periodEnd: period_end,
                        value: value, scale: scale, page: page, concept: concept)
    }
}
