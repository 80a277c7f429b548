/// Why a corpus could not be opened or written, naming the file: matchable by `kind`.
public struct CorpusError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// The file exists but is not a SQLite database (or is damaged).
        case notACorpus
        /// The file or its folder cannot be written.
        case readOnly
        /// The database was written by a newer Tickmark (it has migrations this one does not know).
        case newerSchema
        /// Opened read-only, the database lacks migrations of this Tickmark (`ingest --corpus` upgrades it).
        case olderSchema
        /// Any other SQLite failure.
        case database
    }

    public var kind: Kind
    public var path: String
    public var reason: String

    public init(_ kind: Kind, path: String, reason: String) {
        self.kind = kind
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
