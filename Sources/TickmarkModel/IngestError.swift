/// A fatal problem with one input file: which file, what is wrong, and the exit code it maps to.
///
/// Recoverable problems are `Diagnostic`s instead; throw this only when nothing useful can be
/// produced for the file.
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, each with its own process exit code.
    public enum Kind: String, Sendable, Equatable {
        case notFound = "not-found"
        case unreadable = "unreadable"
        case empty = "empty"
        case unsupportedFormat = "unsupported-format"
        case encrypted = "encrypted"
        case damaged = "damaged"
        case unsafeMarkup = "unsafe-markup"
        case tooLarge = "too-large"
        case outputFailed = "output-failed"
        /// Its extraction crashed, hung past the timeout or ran out of memory in a worker process;
        /// the rest of the batch went on.
        case quarantined = "quarantined"

        /// Distinct exit codes so scripts can tell failures apart (0 and 1 are left to success
        /// and generic failure, 64 to usage errors).
        public var exitCode: Int32 {
            switch self {
            case .notFound: 66
            case .unreadable: 74
            case .empty: 65
            case .unsupportedFormat: 67
            case .encrypted: 68
            case .damaged: 69
            case .unsafeMarkup: 70
            case .tooLarge: 71
            case .outputFailed: 73
            case .quarantined: 75
            }
        }
    }

    public var kind: Kind
    public var file: String
    public var reason: String

    public init(_ kind: Kind, file: String, reason: String) {
        self.kind = kind
        self.file = file
        self.reason = reason
    }

    /// One line for stderr: `file: reason`.
    public var description: String { "\(file): \(reason)" }
}
