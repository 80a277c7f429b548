/// The check stage's output: the normalized statements with their self-checks run and every
/// fact flagged by the failing checks that involve it. IDs are still empty (`Identification`).
public struct CheckedDocument: Sendable {
    public var metadata: DocumentMetadata
    public var statements: [Statement]
    public var tables: [Table]
    public var diagnostics: [Diagnostic]

    public init(metadata: DocumentMetadata, statements: [Statement], tables: [Table], diagnostics: [Diagnostic]) {
        self.metadata = metadata
        self.statements = statements
        self.tables = tables
        self.diagnostics = diagnostics
    }
}
