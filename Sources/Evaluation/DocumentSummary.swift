import TickmarkModel

/// A one-line account of what we extracted from a document, for miss reports.
public enum DocumentSummary {
    /// `income p56 [FY2018 FY2017 FY2016] 31 lines; balance p58 …`, or a note when nothing was found.
    public static func describe(_ record: DocumentRecord) -> String {
        guard !record.statements.isEmpty else {
            let warnings = record.warnings.prefix(3).map(\.code).joined(separator: ", ")
            return "no statements" + (warnings.isEmpty ? "" : " (warnings: \(warnings))")
        }
        return record.statements.map { statement in
            let pages = statement.pages.isEmpty ? "" : " p" + statement.pages.map(String.init).joined(separator: "-")
            let periods = statement.periods.map(\.key).joined(separator: " ")
            return "\(statement.kind.rawValue)\(pages) ×\(statement.scale) [\(periods)] \(statement.lines.count) lines"
        }.joined(separator: "; ")
    }
}
