import TickmarkModel

/// Extract stage for HTML, inline XBRL and XBRL instances, through libxml2.
public struct MarkupExtractor: Sendable {
    public var limits: MarkupLimits

    public init(limits: MarkupLimits = MarkupLimits()) {
        self.limits = limits
    }

    /// - Throws: `IngestError` `.tooLarge` / `.unsafeMarkup` for hostile input, `.damaged` when
    ///   the markup cannot be read, `.unsupportedFormat` for a PDF.
    public func extract(_ file: SourceFile) throws(IngestError) -> SourceDocument {
        try limits.check(file.bytes, file: file.path)
        switch file.format {
        case .html:
            let root = try LibXML.parseHTML(file.bytes, file: file.path, limits: limits)
            return SourceDocument(blocks: HTMLBlockWalker(tableBuilder: HTMLTableBuilder(factsByNode: [:])).blocks(root))
        case .ixbrl:
            return try inline(file)
        case .xbrl:
            return try instance(file)
        case .pdf:
            throw IngestError(.unsupportedFormat, file: file.path, reason: "a PDF is not markup")
        }
    }

    /// Inline XBRL: XHTML when well-formed, else the HTML parser (which lower-cases `ix:` names).
    private func inline(_ file: SourceFile) throws(IngestError) -> SourceDocument {
        var diagnostics: [Diagnostic] = []
        let root: MarkupNode
        if let xml = try LibXML.parseXML(file.bytes, file: file.path, limits: limits) {
            root = xml
        } else {
            diagnostics.append(Diagnostic(code: "ixbrl-not-well-formed",
                                          message: "the inline XBRL document is not well-formed XML; read with the HTML parser"))
            root = try LibXML.parseHTML(file.bytes, file: file.path, limits: limits)
        }
        let facts = InlineXBRLReader().read(root)
        let blocks = HTMLBlockWalker(tableBuilder: HTMLTableBuilder(factsByNode: facts.factsByNode)).blocks(root)
        return SourceDocument(blocks: blocks, xbrl: facts.facts, diagnostics: diagnostics + facts.diagnostics)
    }

    /// XBRL instance, with the presentation and label linkbases found beside it.
    private func instance(_ file: SourceFile) throws(IngestError) -> SourceDocument {
        guard let root = try LibXML.parseXML(file.bytes, file: file.path, limits: limits) else {
            throw IngestError(.damaged, file: file.path, reason: "the XBRL instance is not well-formed XML")
        }
        var diagnostics: [Diagnostic] = []
        var companions: [CompanionFile] = []
        var facts = XBRLInstanceReader().read(root)
        facts.presentation = XBRLCompanionFiles(limits: limits)
            .presentation(for: file.path, instance: root, diagnostics: &diagnostics, companions: &companions)
        if facts.presentation == nil {
            diagnostics.append(Diagnostic(code: "no-presentation-linkbase",
                                          message: "no _pre.xml beside the instance; statements use a standard arrangement"))
        }
        return SourceDocument(xbrl: facts, diagnostics: diagnostics, companions: companions)
    }
}
