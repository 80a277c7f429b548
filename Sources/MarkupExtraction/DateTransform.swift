/// Date transformations of the ixt registries (`date-monthname-day-year-en`, `datelongus`, …):
/// the field order is read from the format name, months may be names or numbers.
enum DateTransform {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The ISO value (`2024-01-28`, `2024-01` or `--01-28`), or nil when the text does not fit.
    static func apply(_ key: String, to text: String) -> String? {
        guard let order = fieldOrder(key) else { return nil }
        let tokens = tokenize(text)
        guard tokens.count >= order.count else { return nil }
        var year: Int?
        var month: Int?
        var day: Int?
        for (field, token) in zip(order, tokens) {
            switch field {
            case "year":
                guard let y = Int(token) else { return nil }
                year = token.count <= 2 ? 2000 + y : y
            case "month":
                month = Int(token) ?? months.firstIndex(of: String(token.prefix(3))).map { $0 + 1 }
                if month == nil { return nil }
            default:
                guard let d = Int(token) else { return nil }
                day = d
            }
        }
        return iso(year: year, month: month, day: day)
    }

    /// Field names in printed order, from the format's name.
    private static func fieldOrder(_ key: String) -> [String]? {
        if key.contains("us") && (key.contains("long") || key.contains("short") || key.contains("slash") || key.contains("dot")) {
            return ["month", "day", "year"]
        }
        if (key.contains("uk") || key.contains("eu")) {
            return ["day", "month", "year"]
        }
        var rest = Substring(key.dropFirst(4))
        var order: [String] = []
        while !rest.isEmpty {
            if let field = ["year", "month", "day"].first(where: { rest.hasPrefix($0) }) {
                order.append(field)
                rest = rest.dropFirst(field.count)
            } else {
                rest = rest.dropFirst()
            }
        }
        return order.isEmpty ? nil : order
    }

    /// Runs of letters or digits, lower-cased (`"January 28, 2024"` → `january`, `28`, `2024`).
    private static func tokenize(_ text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || ($0.isASCII && $0.isNumber)) }
            .flatMap(splitLetterDigitRuns)
            .filter { !["st", "nd", "rd", "th", "of"].contains(String($0)) }
    }

    /// `28th` → `28`, `th`.
    private static func splitLetterDigitRuns(_ token: Substring) -> [Substring] {
        guard let first = token.first else { return [] }
        let digits = first.isNumber
        guard let boundary = token.firstIndex(where: { $0.isNumber != digits }) else { return [token] }
        return [token[..<boundary]] + splitLetterDigitRuns(token[boundary...])
    }

    private static func iso(year: Int?, month: Int?, day: Int?) -> String? {
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        switch (year, month, day) {
        case let (y?, m?, d?):
            guard (1...12).contains(m), (1...31).contains(d) else { return nil }
            return "\(y)-\(pad(m))-\(pad(d))"
        case let (y?, m?, nil):
            return (1...12).contains(m) ? "\(y)-\(pad(m))" : nil
        case let (nil, m?, d?):
            return "--\(pad(m))-\(pad(d))"
        default:
            return year.map(String.init)
        }
    }
}

/// `ixt:num-word-en`-style numbers written in English words ("no", "one hundred twenty").
enum EnglishNumberWords {
    private static let small: [String: Int] = [
        "zero": 0, "no": 0, "none": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let multipliers: [String: Int] = ["thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000]

    /// The integer the words say, as text; nil when a word is not a number word.
    static func value(of text: String) -> String? {
        let words = text.lowercased().split { !$0.isLetter }.filter { $0 != "and" }
        guard !words.isEmpty else { return nil }
        var total = 0
        var group = 0
        for word in words.map(String.init) {
            if let n = small[word] {
                group += n
            } else if word == "hundred" {
                group = max(group, 1) * 100
            } else if let m = multipliers[word] {
                total += max(group, 1) * m
                group = 0
            } else if let digits = Int(word) {
                group += digits
            } else {
                return nil
            }
        }
        return String(total + group)
    }
}
