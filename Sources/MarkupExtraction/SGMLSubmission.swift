import CLibXML2
import Foundation
import TickmarkModel

/// An old EDGAR full-submission text file (`-----BEGIN PRIVACY-ENHANCED MESSAGE-----`,
/// `<SEC-DOCUMENT>`, `<DOCUMENT>` …): typed pages of text with SGML marks, which the source view
/// shows as the text the extractor read, in a `<pre>`.
enum SGMLSubmission {
    private static let openings = ["-----begin privacy-enhanced message-----", "<sec-document>", "<ims-document>", "<sec-header>", "<document>"]

    /// Whether the bytes open like a submission text file (after white space, in any letter case)
    /// and carry no HTML document (an HTML filing wrapped in `<DOCUMENT>` is served as HTML).
    static func isSubmission(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(64).drop { $0 == 0x20 || (0x09...0x0D).contains($0) }, as: UTF8.self).lowercased()
        guard openings.contains(where: head.hasPrefix) else { return false }
        let lowered = bytes.map { (65...90).contains($0) ? $0 | 0x20 : $0 }
        return Array("<html".utf8).withUnsafeBufferPointer { needle in
            lowered.withUnsafeBufferPointer { TextSearch.offset(of: needle, in: $0) == nil }
        }
    }

    /// The document's text (all text runs in document order, the offsets of `Locator.textRange`),
    /// HTML-escaped in a `<pre>`, the located characters in `<mark id="tm-value" class="tm-value">`.
    static func page(_ tree: LibXMLSourceTree, highlight: Locator?) -> SanitizedSource {
        var text: [UInt8] = []
        tree.forEachText { node, _ in
            if let content = node.pointee.content {
                text.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))))
            }
            return true
        }
        var body = ""
        var highlighted = false
        if let range = highlight?.textRange, range.start >= 0, range.start < range.end, range.end <= text.count {
            body = escaped(text[..<range.start]) + "<mark id=\"\(LibXMLSourceTree.highlightID)\" class=\"\(LibXMLSourceTree.highlightID)\">"
                + escaped(text[range.start..<range.end]) + "</mark>" + escaped(text[range.end...])
            highlighted = true
        } else {
            body = escaped(text[...])
        }
        return SanitizedSource(html: "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body><pre>" + body + "</pre></body></html>\n",
                               highlighted: highlighted)
    }

    /// `&`, `<`, `>` escaped.
    private static func escaped(_ bytes: ArraySlice<UInt8>) -> String {
        var out = ""
        out.reserveCapacity(bytes.count)
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
