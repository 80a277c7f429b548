import Foundation
import Normalization
import TickmarkModel

/// The checks on a statement's shape rather than its sums: `distinct-periods` (no two columns
/// name one period), `period-types` (instants on a balance sheet, durations in flow statements)
/// and `title-periods` (period lengths the printed title or column header names).
struct StructureChecks {
    func checks(_ values: StatementValues) -> [StatementCheck] {
        [distinctPeriods(values), periodTypes(values), titlePeriods(values)].compactMap { $0 }
    }

    private func distinctPeriods(_ values: StatementValues) -> StatementCheck {
        let lines = values.lines
        var seen: Set<String> = []
        let repeated = values.statement.periods.map(\.key).filter { !seen.insert($0).inserted }
        let repeatedInLines = lines.indices.flatMap { index in
            Dictionary(grouping: lines[index].valueFacts, by: \.period).filter { $0.value.count > 1 }.keys.map { (index, $0) }
        }
        guard let key = repeated.first ?? repeatedInLines.map(\.1).min() else {
            return StatementCheck(rule: .distinctPeriods, period: nil, status: .pass, lineIndexes: [])
        }
        let involved = Set(repeatedInLines.filter { $0.1 == key }.map(\.0)).sorted()
        return StatementCheck(rule: .distinctPeriods, period: key, status: .fail, lineIndexes: involved,
                              note: "two columns name the period \(key)")
    }

    private func periodTypes(_ values: StatementValues) -> StatementCheck? {
        let kind = values.statement.kind
        guard kind != .equity else { return nil }
        let wanted: PeriodSpan.Kind = kind == .balance ? .instant : .duration
        // An income statement's count at the end of its period stands at an instant.
        let endOfPeriodCount = { (period: Period) in
            kind == .income && period.type == .instant && values.lines.indices.allSatisfy { index in
                values.fact(line: index, period: period.key) == nil || BalanceRowPeriods.namesEndOfPeriodCount(values.lines[index].label)
            }
        }
        guard let wrong = values.statement.periods.first(where: { $0.type != wanted && !endOfPeriodCount($0) }) else {
            return StatementCheck(rule: .periodTypes, period: nil, status: .pass, lineIndexes: [])
        }
        let involved = values.lines.indices.filter { values.fact(line: $0, period: wrong.key) != nil }
        return StatementCheck(rule: .periodTypes, period: wrong.key, status: .fail, lineIndexes: involved,
                              note: "a \(wrong.type.rawValue) column in a \(kind.rawValue) statement")
    }

    /// Each duration's length must be one the title names ("Three and Nine Months Ended …"), and
    /// one its own printed header names ("Nine Months Ended"), wherever they name any.
    private func titlePeriods(_ values: StatementValues) -> StatementCheck? {
        let kind = values.statement.kind
        guard kind != .balance, kind != .equity else { return nil }
        let titled = TitlePeriodLengths.months(in: values.statement.title)
        let durations = values.statement.periods.filter { $0.type == .duration }
        let named = durations.map { (period: $0, lengths: titled.isEmpty ? TitlePeriodLengths.months(in: $0.header) : titled) }
        guard named.contains(where: { !$0.lengths.isEmpty }) else { return nil }
        guard let wrong = named.first(where: { period, lengths in
            guard let months = Self.months(of: period), !lengths.isEmpty else { return false }
            return !lengths.contains(months)
        }) else {
            return StatementCheck(rule: .titlePeriods, period: nil, status: .pass, lineIndexes: [])
        }
        let involved = values.lines.indices.filter { values.fact(line: $0, period: wrong.period.key) != nil }
        let lengths = wrong.lengths.sorted().map(String.init).joined(separator: ", ")
        return StatementCheck(rule: .titlePeriods, period: wrong.period.key, status: .fail, lineIndexes: involved,
                              note: "the printed title or header names periods of \(lengths) months")
    }

    /// A period key's length in months: `FY…` is 12, `9M-…` is 9.
    static func months(of period: Period) -> Int? {
        if period.key.hasPrefix("FY") { return 12 }
        guard let m = period.key.firstIndex(of: "M") else { return nil }
        return Int(period.key[..<m])
    }
}

/// The period lengths a printed title names: "Three and Nine Months Ended" → {3, 9}, "13 and 39
/// Weeks Ended" → {3, 9}, "Years Ended" → {12}.
enum TitlePeriodLengths {
    private static let numbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "twenty six": 26, "thirty nine": 39, "fifty two": 52,
        "fifty three": 53,
    ]

    static func months(in title: String) -> Set<Int> {
        let words = LabelText.fold(title).split(separator: " ").map(String.init)
        var result: Set<Int> = []
        for (index, word) in words.enumerated() {
            switch word {
            case "month", "months", "week", "weeks":
                guard index + 1 < words.count, ["ended", "ending", "period", "periods"].contains(words[index + 1]) else { continue }
                let perWeek = word.hasPrefix("week")
                for count in counts(before: index, in: words) {
                    result.insert(perWeek ? Int((Double(count) * 12 / 52).rounded()) : count)
                }
            case "year", "years":
                if index + 1 < words.count, ["ended", "ending"].contains(words[index + 1]) { result.insert(12) }
            default:
                continue
            }
        }
        return result
    }

    /// The numbers printed before a unit word, joined by "and" or commas: "three and nine".
    private static func counts(before index: Int, in words: [String]) -> [Int] {
        var found: [Int] = []
        var position = index - 1
        while position >= 0 {
            let word = words[position]
            if word == "and" || word == "the" { position -= 1; continue }
            if position >= 1, let value = numbers[words[position - 1] + " " + word] {
                found.append(value)
                position -= 2
            } else if let value = numbers[word] ?? Int(word) {
                found.append(value)
                position -= 1
            } else {
                break
            }
        }
        return found
    }
}
