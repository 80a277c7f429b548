import TickmarkModel

/// Reads cover-page metadata (entity, form, fiscal year, period end, ticker, CIK) from text.
/// Only what the cover prints is read; anything else stays nil.
public struct MetadataReader: Sendable {
    public init() {}

    /// How many blocks from the start count as the cover page(s).
    private static let coverBlockLimit = 400

    /// The metadata printed on the cover: the blocks of the first two pages and of a later
    /// form cover (PDF, see `coverPages`), or the first blocks of the document (HTML).
    public func read(_ blocks: [Block]) -> DocumentMetadata {
        let coverPages = Self.coverPages(blocks)
        let page = { (block: Block) -> Int in
            switch block {
            case .text(let text): text.locator.page ?? 1
            case .table(let table): table.pages.first ?? 1
            }
        }
        let cover = blocks.prefix(Self.coverBlockLimit).filter { page($0) <= 2 }
            + (coverPages.count > 2 ? blocks.filter { page($0) > 2 && coverPages.contains(page($0)) } : [])
        let lines = cover.flatMap(Self.lines)
        var metadata = DocumentMetadata()
        metadata.form = lines.lazy.compactMap(Self.form).first
        metadata.periodEnd = lines.indices.lazy.compactMap { i in
            Self.periodEnd(lines[i], nextLine: i + 1 < lines.count ? lines[i + 1] : nil)
        }.first
        if let end = metadata.periodEnd, let form = metadata.form,
           form.hasPrefix("10-K") || form.hasPrefix("20-F") || form.hasPrefix("40-F") {
            metadata.fiscalYear = PeriodSpan(kind: .duration, end: end, months: 12).fiscalYear
        }
        metadata.entityName = Self.entityName(lines)
        metadata.ticker = Self.ticker(cover) ?? Self.ticker(lines: lines)
        metadata.cik = lines.lazy.compactMap(Self.cik).first
        return metadata
    }

    /// Pages searched for a cover printed after an annual report's front matter.
    private static let laterCoverPageLimit = 20

    /// Pages 1 and 2, plus the page that prints the form's cover ("Annual report pursuant to
    /// Section 13 or 15(d)") and the next one when that comes later, as in an annual report
    /// that wraps the 10-K.
    static func coverPages(_ blocks: [Block]) -> Set<Int> {
        var pages: Set<Int> = [1, 2]
        for block in blocks {
            guard case .text(let text) = block, let page = text.locator.page else { continue }
            if page > laterCoverPageLimit { break }
            if page > 2, text.text.count < 200, PrintedText.squashed(text.text).contains("pursuanttosection13") {
                pages.formUnion([page, page + 1])
                break
            }
        }
        return pages
    }

    /// Text lines of a block; a table gives one line per row (cells joined by spaces).
    private static func lines(_ block: Block) -> [String] {
        switch block {
        case .text(let text): [text.text.trimmingSpaces]
        case .table(let table): table.rows.map { $0.cells.map { $0.text.trimmingSpaces }.joined(separator: " ") }
        }
    }

    /// Forms a cover names, with the small-business and old variants ("10-KSB", "10-K405").
    private static let forms = ["10-K", "10-Q", "20-F", "40-F", "8-K", "6-K", "10-KT", "10-QT", "10-KSB", "10-QSB", "10-K405"]

    /// "FORM 10-K" → "10-K"; "Form 10-K/A" → "10-K/A".
    static func form(_ line: String) -> String? {
        guard line.count < 200 else { return nil }
        let tokens = line.uppercased().split { $0 == " " || $0 == "\u{00A0}" }.map(String.init)
        for (i, token) in tokens.enumerated() where token == "FORM" && i + 1 < tokens.count {
            var candidate = tokens[i + 1].filter { $0 != "," && $0 != "." }
            candidate = candidate.replacingAll(of: "‑", with: "-").replacingAll(of: "–", with: "-")
            let base = candidate.hasSuffix("/A") ? String(candidate.dropLast(2)) : candidate
            if forms.contains(base) { return candidate }
        }
        return nil
    }

    /// "For the fiscal year ended December 31, 2018" / "For the quarterly period ended July 1, 2023".
    /// A cover laid out in two columns prints the date at the start of the next line.
    static func periodEnd(_ line: String, nextLine: String? = nil) -> CalendarDate? {
        guard line.count < 200 else { return nil }
        let words = PrintedText.words(line)
        guard let ended = words.firstIndex(where: { $0 == "ended" || $0 == "ending" }), ended >= 1 else { return nil }
        let before = Set(words[..<ended])
        guard before.contains("for") || before.contains("fiscal") || before.contains("period") || before.contains("year"),
              before.contains("year") || before.contains("period") || before.contains("quarter") else { return nil }
        if let date = DateReader.fullDate(in: Array(words[(ended + 1)...])) { return date }
        guard let nextLine else { return nil }
        return DateReader.fullDate(in: Array(PrintedText.words(nextLine).prefix(3)))
    }

    /// The line printed just above "(Exact name of registrant as specified in its charter)",
    /// or before it on the same line. Nil when that line is another cover caption (the name
    /// was printed as an image, or the cover is laid out as a table).
    static func entityName(_ lines: [String]) -> String? {
        for (i, line) in lines.enumerated() where Self.mayContain("registrant", line) {
            let squashed = PrintedText.squashed(line)
            guard squashed.contains("exactnameofregistrant") else { continue }
            if let open = line.firstIndex(of: "(") {
                let before = String(line[..<open]).trimmingSpaces
                if !before.isEmpty { return isCoverCaption(before) ? nil : before }
            }
            guard squashed.hasPrefix("exactname"), let previous = lines[..<i].last(where: { !$0.isEmpty }) else { return nil }
            return isCoverCaption(previous) ? nil : previous
        }
        return nil
    }

    private static func isCoverCaption(_ line: String) -> Bool {
        let s = PrintedText.squashed(line)
        return ["commissionfile", "transitionperiod", "pursuant", "exactname", "ended", "form10", "form20", "securities"]
            .contains(where: s.contains)
    }

    /// The cell under "Trading Symbol(s)" in the cover's securities table.
    static func ticker(_ blocks: [Block]) -> String? {
        for block in blocks {
            guard case .table(let table) = block else { continue }
            for (r, row) in table.rows.enumerated() {
                guard let header = row.cells.first(where: { PrintedText.squashed($0.text).hasPrefix("tradingsymbol") }) else { continue }
                for next in table.rows[(r + 1)...] {
                    if let cell = next.cells.first(where: { $0.column <= header.column && header.column <= $0.lastColumn }) {
                        let symbol = cell.text.trimmingSpaces
                        if !symbol.isEmpty, symbol.count <= 8, !symbol.contains(" ") { return symbol }
                    }
                }
            }
        }
        return nil
    }

    /// The symbol in the line under a "Trading Symbol(s)" heading printed as text
    /// ("Common Stock, $0.05 par value PFE New York Stock Exchange"): the capitalised word
    /// just before the exchange's name.
    static func ticker(lines: [String]) -> String? {
        let exchangeStarts: Set<String> = ["New", "The", "Nasdaq", "NASDAQ", "NYSE", "Chicago", "Cboe", "London"]
        for (i, line) in lines.enumerated() where i + 1 < lines.count && Self.mayContain("symbol", line)
            && PrintedText.squashed(line).contains("tradingsymbol") {
            let tokens = lines[i + 1].split(separator: " ").map(String.init)
            guard let exchange = tokens.firstIndex(where: exchangeStarts.contains), exchange > 0 else { return nil }
            let symbol = tokens[exchange - 1]
            let isSymbol = symbol.count <= 6 && symbol.contains(where: \.isLetter)
                && symbol.allSatisfy { ($0.isLetter && $0.isUppercase) || $0 == "." }
            return isSymbol ? symbol : nil
        }
        return nil
    }

    /// "Central Index Key: 0000066740" / "CIK 66740" → the digits.
    static func cik(_ line: String) -> String? {
        guard mayContain("cik", line) || mayContain("central", line) else { return nil }
        let words = PrintedText.words(line)
        for (i, word) in words.enumerated() where word == "cik" || (word == "key" && i >= 2 && words[i - 2] == "central") {
            if i + 1 < words.count, words[i + 1].count >= 4, words[i + 1].count <= 10, words[i + 1].allSatisfy(\.isNumber) {
                return words[i + 1]
            }
        }
        return nil
    }

    /// A cheap test before the costly word splitting: does `line` hold `word` (lowercase
    /// ASCII) in any letter case?
    private static func mayContain(_ word: String, _ line: String) -> Bool {
        let needle = Array(word.utf8)
        let bytes = Array(line.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        func lower(_ b: UInt8) -> UInt8 { (65...90).contains(b) ? b | 0x20 : b }
        for start in 0...(bytes.count - needle.count) where lower(bytes[start]) == first {
            if (1..<needle.count).allSatisfy({ lower(bytes[start + $0]) == needle[$0] }) { return true }
        }
        return false
    }
}
