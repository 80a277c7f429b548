import Crypto
import Foundation
import TickmarkModel

/// Finds and reads the schema, presentation and label linkbases saved beside an XBRL instance.
struct XBRLCompanionFiles {
    var limits: MarkupLimits

    /// The presentation (with labels and role definitions), or nil when no `_pre.xml` is beside
    /// the instance. Unreadable companions become diagnostics; every file read is added to
    /// `companions` with its digest.
    func presentation(for instancePath: String, instance: MarkupNode, diagnostics: inout [Diagnostic],
                      companions: inout [CompanionFile]) -> XBRLPresentation? {
        let folder = URL(fileURLWithPath: instancePath).deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        let referenced = referencedFiles(instance)
        func pick(_ suffix: String) -> String? {
            let candidates = names.filter { $0.lowercased().hasSuffix(suffix) }.sorted()
            return candidates.first { referenced.contains($0) } ?? candidates.first
        }
        guard let pre = pick("_pre.xml"), let preRoot = read(folder.appendingPathComponent(pre), &diagnostics, &companions) else { return nil }
        let definitions = pick(".xsd").flatMap { read(folder.appendingPathComponent($0), &diagnostics, &companions) }
            .map(LinkbaseReader.roleDefinitions) ?? [:]
        let labels = pick("_lab.xml").flatMap { read(folder.appendingPathComponent($0), &diagnostics, &companions) }
            .map(LinkbaseReader.labels) ?? [:]
        return XBRLPresentation(roles: LinkbaseReader.presentation(preRoot, definitions: definitions), labels: labels)
    }

    /// File names the instance points at (`link:schemaRef`, `link:linkbaseRef`).
    private func referencedFiles(_ instance: MarkupNode) -> Set<String> {
        Set(instance.elementChildren.compactMap { node -> String? in
            guard node.lowerName == "schemaref" || node.lowerName == "linkbaseref",
                  let href = node.attribute("xlink:href"), !href.contains("://") else { return nil }
            return String(href.split(separator: "/").last ?? Substring(href))
        })
    }

    /// One companion file parsed under the same safety limits as the instance.
    private func read(_ url: URL, _ diagnostics: inout [Diagnostic], _ companions: inout [CompanionFile]) -> MarkupNode? {
        do {
            let bytes = [UInt8](try Data(contentsOf: url))
            companions.append(CompanionFile(file: url.lastPathComponent, sha256: HexDigest.string(SHA256.hash(data: bytes))))
            try limits.check(bytes, file: url.lastPathComponent)
            guard let root = try LibXML.parseXML(bytes, file: url.lastPathComponent, limits: limits) else {
                diagnostics.append(Diagnostic(code: "linkbase-unreadable", message: "\(url.lastPathComponent) is not well-formed XML"))
                return nil
            }
            return root
        } catch let error as IngestError {
            diagnostics.append(Diagnostic(code: "linkbase-unreadable", message: error.description))
        } catch {
            diagnostics.append(Diagnostic(code: "linkbase-unreadable", message: "\(url.lastPathComponent): \(error.localizedDescription)"))
        }
        return nil
    }
}
