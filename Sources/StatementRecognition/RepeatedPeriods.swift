import TickmarkModel

/// Columns that claim the same period cannot all be right ("For the three | For the nine"
/// printed as text above the table, each column read with one length): a number under the
/// wrong period is worse than none, so their periods are left out. Equity statements are
/// exempt (the same period once per component is their layout).
enum RepeatedPeriods {
    static func leftOut(_ statement: RecognizedStatement) -> (statement: RecognizedStatement, diagnostics: [Diagnostic]) {
        guard statement.kind != .equity else { return (statement, []) }
        let keys = statement.columns.map { $0.period?.key }
        let repeated = Set(keys.compactMap { $0 }.filter { key in keys.count { $0 == key } > 1 })
        guard !repeated.isEmpty else { return (statement, []) }
        var result = statement
        for index in result.columns.indices where keys[index].map(repeated.contains) == true {
            result.columns[index].period = nil
        }
        let diagnostic = Diagnostic(code: "period-columns-repeat",
                                    message: "\(statement.kind.rawValue): several columns read as \(repeated.sorted().joined(separator: ", ")); their values are left out",
                                    page: statement.pages.first)
        return (result, [diagnostic])
    }
}
