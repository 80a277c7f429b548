import StatementRecognition
import TableRecognition
import TickmarkModel
import XBRLRecognition

/// Recognize stage: which recognizers read which format.
struct Recognize: Sendable {
    func run(_ source: SourceDocument, format: FileFormat) -> RecognizedDocument {
        var blocks = source.blocks
        if format == .pdf { blocks = PDFTableFinder().blocks(for: source.pages) }
        var diagnostics = source.diagnostics
        let metadata = metadata(source, blocks: blocks, format: format)
        var statements: [RecognizedStatement]
        if format == .xbrl, let facts = source.xbrl {
            statements = XBRLStatementBuilder().statements(from: facts)
        } else {
            let found = StatementFinder().find(in: blocks, metadata: metadata)
            statements = found.statements
            diagnostics += found.diagnostics
            if format == .ixbrl, let facts = source.xbrl {
                let checked = InlineFactPeriodCheck().check(InlineColumnPeriods().fill(statements, facts: facts), facts: facts)
                statements = InlineLabelFacts().fill(InlineFactUnits().fill(checked.statements, facts: facts), facts: facts)
                diagnostics += checked.diagnostics
                if statements.isEmpty {
                    // No printed statement found: fall back to the tagged facts themselves.
                    statements = XBRLStatementBuilder().statements(from: facts)
                    if !statements.isEmpty {
                        diagnostics.append(Diagnostic(code: "statements-from-tags",
                                                      message: "no printed statement found; statements arranged from the inline XBRL facts"))
                    }
                }
            }
        }
        let tables = blocks.compactMap { block -> Table? in
            if case .table(let t) = block { return t } else { return nil }
        }
        return RecognizedDocument(metadata: metadata, statements: statements, tables: tables,
                                  passages: PassageReader().passages(in: blocks), diagnostics: diagnostics)
    }

    /// For XBRL formats dei facts win over the cover page, which is read only for what dei lacks.
    private func metadata(_ source: SourceDocument, blocks: [Block], format: FileFormat) -> DocumentMetadata {
        guard format == .ixbrl || format == .xbrl, let facts = source.xbrl else { return MetadataReader().read(blocks) }
        let dei = XBRLMetadataReader().read(facts)
        let complete = dei.entityName != nil && dei.ticker != nil && dei.cik != nil && dei.form != nil
            && dei.fiscalYear != nil && dei.periodEnd != nil
        return complete ? dei : MetadataReader().read(blocks).overridden(by: dei)
    }
}
