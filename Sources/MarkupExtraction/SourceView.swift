import CLibXML2
import Foundation
import TickmarkModel

/// A filing made safe to show, with the located value marked (`highlighted` false when the
/// locator named nothing this document holds).
public struct SanitizedSource: Sendable {
    public let html: String
    public let highlighted: Bool
}

/// An XBRL instance fact as the filing wrote it: the fact element, its context and its unit as
/// pretty-printed XML.
public struct XBRLFactSource: Sendable, Codable {
    public let fact: String
    public let context: String?
    public let unit: String?
}

/// Why a source view could not be made.
public enum SourceViewError: Error, Equatable, CustomStringConvertible {
    /// The file cannot be read, is not markup Tickmark reads, or libxml2 refused it.
    case unreadable(reason: String)
    /// No fact of the instance is the one the locator names.
    case factNotFound(element: String)

    public var description: String {
        switch self {
        case .unreadable(let reason): "the filing cannot be shown: \(reason)"
        case .factNotFound(let element): "the XBRL instance has no fact \(element)"
        }
    }
}

/// Each value in its source: the filing a value was read from, served so that a browser shows
/// exactly the element (or characters) the extractor located. The filing is parsed again by
/// the extractor's own libxml2 parse, so element paths and text offsets resolve to the same
/// place, and the place gets `id="tm-value"` (browsers insert `<tbody>`, so they cannot follow
/// libxml2's path; the injected id resolves on both sides).
public enum SourceView {
    /// The filing at `file` (EDGAR HTML, inline XBRL, or an old SGML .txt submission) as a
    /// self-contained, sanitized UTF-8 HTML document (see `SourceSanitizer`), with the element
    /// the `highlight` locator names carrying id="tm-value" and class "tm-value": the inline
    /// XBRL fact element (`element`), else the characters of a text table (`textRange`), else the
    /// element at `path`. An SGML text submission is served as its text in a `<pre>`, the
    /// value's characters in a `<mark>`.
    public static func sanitizedHTML(file: URL, highlight: Locator?) throws(SourceViewError) -> SanitizedSource {
        let bytes = try read(file)
        let name = file.lastPathComponent
        let tree: LibXMLSourceTree
        do {
            switch FormatSniffer.sniff(bytes) {
            case .ixbrl: tree = try LibXMLSourceTree.inline(bytes, file: name)
            case .html: tree = try LibXMLSourceTree.html(bytes, file: name)
            default: throw SourceViewError.unreadable(reason: "\(name) is not an HTML or inline XBRL filing")
            }
        } catch let error as IngestError {
            throw .unreadable(reason: error.reason)
        } catch {
            throw error as? SourceViewError ?? .unreadable(reason: "\(error)")
        }
        if SGMLSubmission.isSubmission(bytes) { return SGMLSubmission.page(tree, highlight: highlight) }
        let target = highlight.flatMap { tree.highlightTarget($0) }
        SourceSanitizer.sanitize(tree)
        if let target { LibXMLSourceTree.markAsHighlight(target) }
        return SanitizedSource(html: tree.htmlDocument(), highlighted: target != nil)
    }

    /// An XBRL instance fact: the fact element, its context and its unit, as pretty-printed XML
    /// text snippets. The fact is the element whose `id` is `locator.element`, or for a fact
    /// without an id (`us-gaap:Assets[3]`) the n-th fact of that concept, as `ingest` numbers them.
    public static func xbrlFact(file: URL, locator: Locator) throws(SourceViewError) -> XBRLFactSource {
        let bytes = try read(file)
        guard let element = locator.element else { throw .factNotFound(element: "(no element in the locator)") }
        let tree: LibXMLSourceTree
        do {
            guard let parsed = try LibXMLSourceTree.xml(bytes, file: file.lastPathComponent) else {
                throw SourceViewError.unreadable(reason: "\(file.lastPathComponent) is not well-formed XML")
            }
            tree = parsed
        } catch let error as IngestError {
            throw .unreadable(reason: error.reason)
        } catch {
            throw error as? SourceViewError ?? .unreadable(reason: "\(error)")
        }
        guard let fact = tree.instanceFact(element) else { throw .factNotFound(element: element) }
        let context = LibXMLSourceTree.attributeNamed("contextRef", of: fact).flatMap { tree.instanceChild(id: $0) }
        let unit = LibXMLSourceTree.attributeNamed("unitRef", of: fact).flatMap { tree.instanceChild(id: $0) }
        return XBRLFactSource(fact: tree.xmlText(fact), context: context.map(tree.xmlText), unit: unit.map(tree.xmlText))
    }

    private static func read(_ file: URL) throws(SourceViewError) -> [UInt8] {
        do { return Array(try Data(contentsOf: file)) } catch {
            throw .unreadable(reason: "\(file.lastPathComponent): \(error.localizedDescription)")
        }
    }
}

extension LibXMLSourceTree {
    /// The node a locator names: an inline XBRL fact by its element, a text table value by its
    /// characters, an HTML element by its path.
    func highlightTarget(_ locator: Locator) -> xmlNodePtr? {
        if let element = locator.element, locator.contextRef != nil, let fact = inlineFactElement(element) { return fact }
        if let range = locator.textRange, let mark = markText(range.start..<range.end) { return mark }
        return locator.path.flatMap(element(atPath:))
    }
}
