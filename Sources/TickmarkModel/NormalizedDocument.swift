/// Normalize's output: statements with parsed values, units and canonical concepts, not yet
/// given IDs (their `id` fields are empty until `Identification` fills them).
public struct NormalizedDocument: Sendable {
    public var metadata: DocumentMetadata
    public var statements: [Statement]
    public var tables: [Table]
    /// The narrative passages Recognize read, passed on as they are.
    public var passages: [Passage]
    public var diagnostics: [Diagnostic]

    public init(metadata: DocumentMetadata, statements: [Statement], tables: [Table], passages: [Passage] = [],
                diagnostics: [Diagnostic]) {
        self.metadata = metadata
        self.statements = statements
        self.tables = tables
        self.passages = passages
        self.diagnostics = diagnostics
    }
}
