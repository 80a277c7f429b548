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
        var statements: [RecognizedStatement]
        if format == .xbrl, let facts = source.xbrl {
            statements = XBRLStatementBuilder().statements(from: facts)
        } else {
            let found = StatementFinder().find(in: blocks)
            statements = found.statements
            diagnostics += found.diagnostics
        }
        let tables = blocks.compactMap { block -> Table? in
            if case .table(let t) = block { return t } else { return nil }
        }
        return RecognizedDocument(metadata: MetadataReader().read(blocks), statements: statements,
                                  tables: tables, diagnostics: diagnostics)
    }
}
