import TickmarkModel

/// Arranges an XBRL instance's facts into primary statements (presentation linkbase when
/// present, else a standard arrangement) and reads dei metadata.
public struct XBRLStatementBuilder: Sendable {
    public init() {}

    public func statements(from facts: XBRLFacts) -> [RecognizedStatement] { [] }
}
