import Foundation

/// The self-checks run on every statement: what accountants check before they trust a figure.
public enum CheckRule: String, Codable, Sendable, CaseIterable {
    /// A total equals the sum of the lines it closes, within the printed rounding.
    case totalsFoot = "totals-foot"
    /// Total assets equal total liabilities and equity.
    case balanceSheetBalances = "balance-sheet-balances"
    /// Beginning cash plus the net change (and the exchange-rate effect) is the ending cash.
    case cashRollForward = "cash-roll-forward"
    /// Operating, investing and financing cash flows (and the exchange-rate effect) sum to the net change.
    case cashSectionsSum = "cash-sections-sum"
    /// The cash-flow statement's net income is one the income statement prints for the same period.
    case netIncomeAgrees = "net-income-agrees"
    /// An equity component's opening balance plus its movements is its closing balance.
    case equityRollForward = "equity-roll-forward"
    /// No two columns of a statement name the same period.
    case distinctPeriods = "distinct-periods"
    /// Balance sheets hold instants; flow statements hold durations.
    case periodTypes = "period-types"
    /// The lengths of the periods agree with the printed title ("Three and nine months ended …")
    /// and with each column's printed header.
    case titlePeriods = "title-periods"
    /// Basic earnings per share is near net income ÷ weighted basic shares (catches a share
    /// scale applied to dollars or the reverse).
    case perSharePlausible = "per-share-plausible"
    /// An equity statement's share counts are of the size of the income statement's weighted
    /// basic shares, and its dollar columns print no share counts (catches a dollar scale applied
    /// to shares, or shares read as dollars).
    case shareCountsPlausible = "share-counts-plausible"
}

/// The outcome of one check.
public enum CheckStatus: String, Codable, Sendable {
    case pass, fail, skipped
}

/// One self-check of one statement (and period, where it is about one): what was expected, what
/// the statement holds, and the lines involved. A failing check flags the facts it involves.
public struct StatementCheck: Codable, Sendable, Hashable {
    public var rule: CheckRule
    /// The period key checked, or nil for a check about the whole statement.
    public var period: String?
    public var status: CheckStatus
    public var expected: Decimal?
    public var actual: Decimal?
    /// IDs of the lines involved; filled by `Identification` from `lineIndexes`.
    public var lines: [String]
    /// Why a check failed or was skipped, in words.
    public var note: String?
    /// Indexes of the involved lines in their statement; the stage's own bookkeeping, not written.
    public var lineIndexes: [Int]

    public init(rule: CheckRule, period: String?, status: CheckStatus, expected: Decimal? = nil, actual: Decimal? = nil,
                lineIndexes: [Int], note: String? = nil) {
        self.rule = rule
        self.period = period
        self.status = status
        self.expected = expected
        self.actual = actual
        self.lines = []
        self.note = note
        self.lineIndexes = lineIndexes
    }

    private enum CodingKeys: String, CodingKey { case rule, period, status, expected, actual, lines, note }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rule = try c.decode(CheckRule.self, forKey: .rule)
        period = try c.decodeIfPresent(String.self, forKey: .period)
        status = try c.decode(CheckStatus.self, forKey: .status)
        expected = try c.decodeIfPresent(Decimal.self, forKey: .expected)
        actual = try c.decodeIfPresent(Decimal.self, forKey: .actual)
        lines = try c.decodeIfPresent([String].self, forKey: .lines) ?? []
        note = try c.decodeIfPresent(String.self, forKey: .note)
        lineIndexes = []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(period, forKey: .period)
        try c.encode(status, forKey: .status)
        try c.encode(expected, forKey: .expected)
        try c.encode(actual, forKey: .actual)
        try c.encode(lines, forKey: .lines)
        try c.encode(note, forKey: .note)
    }
}

extension Fact {
    /// The flag of a fact that no passing check covers: nothing confirmed it.
    public static let uncheckedFlag = "unchecked"
}
