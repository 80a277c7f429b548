import TickmarkModel

/// Tells which primary statement a presentation role is, from its definition or role URI.
enum StatementRoleClassifier {
    /// The kind, or nil for notes, details, policies, parentheticals and the cover page.
    static func kind(of role: PresentationRole) -> StatementKind? {
        let text = words(role.definition ?? humanized(role.roleURI))
        if let definition = role.definition?.lowercased(),
           definition.contains(" - ") && !definition.contains("- statement -") { return nil }
        let excluded = ["parenthetical", "parentheticals", "note", "notes", "details", "detail", "tables", "table", "policies", "policy", "disclosure", "schedule"]
        guard !excluded.contains(where: { text.contains(" \($0) ") }) else { return nil }
        if text.contains(" cash flow") { return .cashFlow }
        if text.contains(" balance sheet") || text.contains(" financial position") || text.contains(" financial condition") {
            return .balance
        }
        if text.contains(" equity ") || text.contains(" stockholders ") || text.contains(" shareholders ")
            || text.contains(" shareowners ") || text.contains(" partners capital ") {
            return text.contains(" comprehensive ") && !text.contains(" changes in ") ? .comprehensiveIncome : .equity
        }
        if let comprehensive = text.range(of: " comprehensive ") {
            let before = text[..<comprehensive.lowerBound]
            let combined = [" operations", " earnings", " income ", " loss "].contains { before.contains($0) }
            return combined ? .income : .comprehensiveIncome
        }
        if [" operations ", " income ", " earnings ", " loss "].contains(where: text.contains) { return .income }
        return nil
    }

    /// The printed-style title: the definition after `- Statement -`, else the humanized role URI.
    static func title(of role: PresentationRole) -> String {
        if let definition = role.definition {
            let parts = definition.split(separator: " - ")
            return parts.count >= 3 ? parts.dropFirst(2).joined(separator: " - ") : definition
        }
        return humanized(role.roleURI)
    }

    /// `…/role/ConsolidatedBalanceSheets` → `Consolidated Balance Sheets`.
    static func humanized(_ uri: String) -> String {
        let last = uri.split(separator: "/").last.map(String.init) ?? uri
        var out = ""
        var previous: Character?
        for ch in last {
            if ch.isUppercase, let p = previous, p.isLowercase || p.isNumber { out.append(" ") }
            out.append(ch)
            previous = ch
        }
        return out
    }

    /// Lower-cased words separated and surrounded by single spaces (apostrophes dropped).
    private static func words(_ text: String) -> String {
        let cleaned = text.lowercased().filter { $0 != "'" && $0 != "’" }
            .map { $0.isLetter || $0.isNumber ? $0 : " " }
        return " " + String(cleaned).split(separator: " ").joined(separator: " ") + " "
    }
}
