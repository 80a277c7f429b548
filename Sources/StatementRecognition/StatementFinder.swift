import TickmarkModel

/// Finds the primary statements among a document's tables and reads their periods, scale,
/// sections and rows. Shared by every format that prints tables (PDF, HTML, inline XBRL).
public struct StatementFinder: Sendable {
    public init() {}

    /// The statements found in `blocks` (text and tables in reading order), in printed order,
    /// with diagnostics for unreadable periods and missing statements. `metadata` (form, period
    /// end) is read from the cover page when the caller has not read it already.
    public func find(in blocks: [Block], metadata known: DocumentMetadata? = nil)
        -> (statements: [RecognizedStatement], diagnostics: [Diagnostic]) {
        let metadata = known ?? MetadataReader().read(blocks)
        let statementsItem = metadata.form?.hasPrefix("10-Q") == true ? "1" : "8"
        let tables = candidates(in: blocks, statementsItem: statementsItem)
        let groups = ContinuationJoiner.groups(
            EquityNoteTables.classifying(ReportedResultsBlocks.classifying(
                EarningsReleaseTables.classifying(tables, form: metadata.form))))
        let builder = StatementBuilder(metadata: metadata, fiscalYearEnds: FiscalYearEnds(groups: groups),
                                       declaredCurrency: Self.declaredCurrency(in: blocks))
        var built: [(group: ContinuationJoiner.Group, statement: RecognizedStatement, diagnostics: [Diagnostic], score: Double)] = []
        for group in groups {
            let (statement, diagnostics) = builder.build(group)
            let periodsRead = statement.columns.filter { $0.period?.key != nil }.count
            built.append((group, statement, diagnostics, StatementScorer.score(group, periodsRead: periodsRead)))
        }
        var chosen: [Int] = []
        for kind in StatementKind.allCases {
            chosen += StatementSelector.pick(built.indices.filter { built[$0].group.kind == kind && built[$0].score > 0 }
                .map { StatementSelector.Entry(index: $0, group: built[$0].group, statement: built[$0].statement, score: built[$0].score) })
        }
        chosen.sort()
        let checked = StatementSelector.promotingCombinedComprehensiveIncome(chosen.map { built[$0].statement })
            .flatMap(ConvenienceTranslation.split).map(RepeatedPeriods.leftOut)
        let statements = checked.map(\.statement)
        var diagnostics = chosen.flatMap { built[$0].diagnostics } + checked.flatMap(\.diagnostics)
        for kind in [StatementKind.income, .balance, .cashFlow] where !statements.contains(where: { $0.kind == kind }) {
            diagnostics.append(Diagnostic(code: "statement-not-found", message: "no \(kind.rawValue) statement found"))
        }
        return (statements, diagnostics)
    }

    /// The currency the opening pages declare for all amounts ("all amounts are in millions of
    /// Canadian dollars"), so that a bare `$` is not taken for US dollars.
    static func declaredCurrency(in blocks: [Block]) -> String? {
        blocks.prefix(400).lazy.compactMap { block -> String? in
            guard case .text(let text) = block, (text.locator.page ?? 1) <= 3 else { return nil }
            return ScaleReader.declaredCurrency(text.text)
        }.first
    }

    /// One candidate per table, with the title text above it and whether it sits in the
    /// financial statements item (`statementsItem`).
    private func candidates(in blocks: [Block], statementsItem: String) -> [StatementCandidate] {
        var currentItem: String?
        var result: [StatementCandidate] = []
        for (position, block) in blocks.enumerated() {
            switch block {
            case .text(let text):
                if let item = Self.itemNumber(text.text) { currentItem = item }
            case .table(let table):
                result.append(StatementCandidate(table: table, position: position, blocks: blocks,
                                                 isInStatementsItem: currentItem == statementsItem))
            }
        }
        return result
    }

    /// "Item 8. Financial Statements and Supplementary Data" → "8"; nil for other text.
    static func itemNumber(_ line: String) -> String? {
        guard line.count < 120 else { return nil }
        let words = PrintedText.words(line)
        guard words.count >= 2, words[0] == "item" else { return nil }
        return words[1]
    }
}
