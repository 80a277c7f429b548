/// Normalize's output: statements with parsed values, units and canonical concepts, not yet
/// given IDs (their `id` fields are empty until `Identification` fills them).
public struct NormalizedDocument: Sendable {
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
