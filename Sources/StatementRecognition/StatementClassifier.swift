import TickmarkModel

/// Decides from a printed title which primary statement a table is, and recognises the
/// titles of tables that only look like statements (selected data, quarterly data, segments,
/// consolidating schedules, parent-company-only schedules).
enum StatementClassifier {
    /// What a title says about the table under it.
    enum Verdict: Equatable {
        case statement(StatementKind)
        /// A statement title of a parent-company-only schedule (Schedule I): used only when
        /// nothing else is found.
        case parentOnly(StatementKind)
        /// A title of a table that must not be taken for a statement.
        case rejected
    }

    private static let rejectingPhrases = [
        "selectedfinancialdata", "selectedconsolidatedfinancial", "selectedfinancialinformation",
        "fiveyear", "quarterlyfinancial", "quarterlyresults", "quarterlydata", "selectedquarterly",
        "segmentinformation", "bysegment", "consolidating", "indextoconsolidated",
        "indextofinancial", "proforma", "supplementalguarantor", "nonguarantor",
    ]

    private static let parentPhrases = [
        "parentcompany", "registrantonly", "financialinformationofregistrant", "financialinformationoftheregistrant",
        "parentonly", "schedulei",
    ]

    /// The verdict of one title line, or nil when the line names no statement. Long lines are
    /// running text (an auditor's report names every statement), never titles.
    static func verdict(title printed: String) -> Verdict? {
        guard printed.count <= 140 else { return nil }
        let title = LigatureRepair.repaired(printed)
        let s = PrintedText.squashed(title)
        // "Supplemental Consolidated Statement of Earnings": a schedule beside the statement. A
        // "Supplemental schedule of non-cash … activities" below a cash-flow statement is part of it.
        let supplementalStatement = s.hasPrefix("supplemental") && s.includes("statement")
        if rejectingPhrases.contains(where: s.includes) || supplementalStatement { return .rejected }
        guard let kind = kind(squashedTitle: s), looksLikeTitle(title) else { return nil }
        // "Consolidated Balance Sheets and Cash Flows Analysis" heads an MD&A table.
        if ["analysis", "highlights", "summary"].contains(where: s.includes) { return .rejected }
        return parentPhrases.contains(where: s.includes) ? .parentOnly(kind) : .statement(kind)
    }

    /// A title is not a sentence: it does not end with a period or a colon, and its long
    /// words (outside parentheses) are capitalised, or it starts with the statement's name. "… are reported in the Consolidated
    /// Statements of Income." names a statement without being its title.
    static func looksLikeTitle(_ line: String) -> Bool {
        var outside = ""
        var depth = 0
        for character in line {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { outside.append(character) }
        }
        let trimmed = withoutListMarker(outside.trimmingSpaces)
        if trimmed.hasSuffix(".") || trimmed.hasSuffix(":") { return false }
        let long = trimmed.split { !$0.isLetter && $0 != "’" && $0 != "'" }.filter { $0.count >= 4 }
        guard !long.isEmpty else { return false }
        let capitalised = long.filter { $0.first?.isUppercase == true }.count
        if capitalised * 4 >= long.count * 3 { return true }
        // Sentence case: "Consolidated statements of income (unaudited)"; or a short title set
        // all in lower case, as some annual reports print them ("consolidated statement of earnings").
        let words = PrintedText.words(trimmed)
        let startsAsTitle = trimmed.first?.isUppercase == true
            || (trimmed == trimmed.lowercased() && words.count <= 7 && trimmed.count <= 60)
        return startsAsTitle
            && ["consolidated", "condensed", "combined", "statement", "statements", "balance", "interim", "unaudited"]
                .contains(words.first ?? "")
    }

    /// "a. Consolidated statement of income" → "Consolidated statement of income": a list
    /// marker (one letter or a number, then a period) in front of a title.
    static func withoutListMarker(_ line: String) -> String {
        let words = line.split(separator: " ", maxSplits: 1)
        guard words.count == 2, let marker = words.first, marker.count <= 3, marker.hasSuffix("."),
              marker.dropLast().allSatisfy({ $0.isNumber }) || (marker.count == 2 && marker.first?.isLetter == true)
        else { return line }
        return String(words[1]).trimmingSpaces
    }

    /// True when a line is a parent-company-only heading ("Condensed Financial Information of Registrant").
    static func isParentOnlyHeading(_ line: String) -> Bool {
        line.count <= 140 && parentPhrases.contains(where: PrintedText.squashed(line).includes)
    }

    private static func kind(squashedTitle s: String) -> StatementKind? {
        if s.includes("balancesheet") || s.includes("financialposition") || s.includes("statementofcondition")
            || s.includes("statementsofcondition") || s.includes("statementoffinancialcondition")
            || s.includes("statementsoffinancialcondition") {
            return .balance
        }
        let isStatement = s.includes("statement") || s.includes("profitandlossaccount") || s.includes("incomeaccount")
        guard isStatement else { return nil }
        if s.includes("cashflow") { return .cashFlow }
        if s.includes("equity") || s.includes("stockholdersdeficit") || s.includes("shareholdersdeficit")
            || s.includes("partnerscapital") || s.includes("changesinnetassets") || s.includes("membersdeficit") {
            return .equity
        }
        let namesIncome = ["income", "operations", "earnings", "loss", "profit"].contains(where: s.includes)
        if s.includes("comprehensive") {
            // "Statements of Operations and Comprehensive Loss" is an income statement.
            let combined = s.includes("operationsand") || s.includes("earningsand") || s.includes("incomeand")
                || s.includes("lossand") || s.includes("profitandlossand")
            return combined ? .income : .comprehensiveIncome
        }
        return namesIncome ? .income : nil
    }
}
