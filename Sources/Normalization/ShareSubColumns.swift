import TickmarkModel

/// An equity statement with its years across may print each year as a "Shares" and an "Amount"
/// column (PepsiCo's "Consolidated Statement of Equity": "2021 Shares | 2021 Amount"). The share
/// column names the same period as the amount beside it; its figures are share counts, read as a
/// line of their own under the row's sections.
enum ShareSubColumns {
    /// The innermost section of a row's share-count line: its component's name and "Shares"
    /// ("Common Stock Shares"), as a wide statement heads its share column.
    static func component(of section: [String]) -> String {
        (section.last.map { $0 + " " } ?? "") + "Shares"
    }

    /// The columns of `periods` headed as share counts that share their period with another
    /// column of the statement (the amounts).
    static func columns(of statement: RecognizedStatement, periods: [(column: Int, period: Period)]) -> Set<Int> {
        let counted = periods.filter { RowPeriodLines.countsShares(statement.columns[$0.column].header) }
        return Set(counted.filter { share in
            periods.contains { $0.column != share.column && $0.period.key == share.period.key
                && !RowPeriodLines.countsShares(statement.columns[$0.column].header) }
        }.map(\.column))
    }
}
