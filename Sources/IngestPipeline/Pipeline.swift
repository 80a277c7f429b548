import Checking
import Identification
import Logging
import MarkupExtraction
import Normalization
import PDFExtraction
import TickmarkModel

/// One document's way through the stages: intake → extract → recognize → normalize → check →
/// identify. A pure function of the file's bytes; safe to run for many documents at once.
public struct Pipeline: Sendable {
    public var intake: Intake
    public var logger: Logger

    public init(intake: Intake = Intake(), logger: Logger = Logger(label: "tickmark.pipeline")) {
        self.intake = intake
        self.logger = logger
    }

    /// Runs every stage on the file at `path`.
    /// - Throws: `IngestError` when the file cannot be read at all.
    public func run(path: String) throws(IngestError) -> DocumentRecord {
        try run(try intake.read(path: path))
    }

    /// Runs the stages after intake.
    public func run(_ file: SourceFile) throws(IngestError) -> DocumentRecord {
        logger.debug("extract", metadata: ["file": "\(file.path)", "format": "\(file.format.rawValue)"])
        let source = try extract(file)
        let recognized = Recognize().run(source, format: file.format)
        let normalized = Normalizer().normalize(recognized)
        let checked = Checker().check(normalized)
        let pageCount = file.format == .pdf ? source.pages.count : nil
        let record = Identifier().identify(checked, file: file, pageCount: pageCount, companions: source.companions)
        logger.debug("done", metadata: ["file": "\(file.path)", "statements": "\(record.statements.count)"])
        return record
    }

    private func extract(_ file: SourceFile) throws(IngestError) -> SourceDocument {
        switch file.format {
        case .pdf: try PDFExtractor().extract(file)
        case .html, .ixbrl, .xbrl: try MarkupExtractor().extract(file)
        }
    }
}
