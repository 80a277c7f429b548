import TickmarkModel

/// Old annual reports (1990s EDGAR text filings) often print no statement of changes in
/// equity: the note on share owners' equity rolls each component forward instead ("NOTE 25
/// SHARE OWNERS' EQUITY": "COMMON STOCK ISSUED", "RETAINED EARNINGS", … each from "Balance at
/// January 1" to "Balance at December 31", the years across). When no table of the document is
/// titled as an equity statement, that note's roll-forward table is the equity statement.
enum EquityNoteTables {
    /// Squashed names of equity in a note heading.
    private static let equityNames = ["shareownersequity", "shareholdersequity", "stockholdersequity"]

    /// The candidates, with the equity note's roll-forward read as the equity statement when
    /// nothing else is one.
    static func classifying(_ candidates: [StatementCandidate]) -> [StatementCandidate] {
        guard !candidates.contains(where: { $0.kind == .equity }),
              let index = candidates.firstIndex(where: isEquityNoteRollForward) else { return candidates }
        var result = candidates
        result[index].verdict = .statement(.equity)
        result[index].title = noteHeading(candidates[index])
        result[index].standsAlone = true
        return result
    }

    private static func isEquityNoteRollForward(_ candidate: StatementCandidate) -> Bool {
        guard candidate.verdict == nil, noteHeading(candidate) != nil else { return false }
        let labels = candidate.layout.bodyRows.compactMap { $0.cell(at: 0)?.text.lowercased() }
        let balances = labels.filter { $0.hasPrefix("balance at") || $0.hasPrefix("balance,") || $0.hasPrefix("balances at") }
        return balances.count >= 2 && labels.count > balances.count
    }

    /// "NOTE 25 SHARE OWNERS' EQUITY": the nearest title line that numbers a note on equity.
    private static func noteHeading(_ candidate: StatementCandidate) -> String? {
        candidate.titleLines.last { line in
            let words = PrintedText.words(line)
            let squashed = PrintedText.squashed(line)
            return words.count >= 3 && words[0] == "note" && words[1].allSatisfy(\.isNumber)
                && equityNames.contains(where: squashed.contains)
        }
    }
}
