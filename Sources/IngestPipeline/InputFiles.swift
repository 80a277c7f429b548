import Foundation
import TickmarkModel

/// Expands the command line's files and folders into the list of files to ingest.
public enum InputFiles {
    /// Folders are walked recursively (hidden files skipped); the result keeps the given order
    /// of arguments, with each folder's files in name order. Files of a folder that only
    /// accompany an XBRL instance (linkbases, schemas) are read with it, not on their own:
    /// they are left out here and `skipped` names them.
    public static func expand(_ inputs: [String]) -> (files: [String], skipped: [String]) {
        var files: [String] = []
        var skipped: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(input)
                continue
            }
            for path in walk(input) {
                if isXBRLCompanion(path) { skipped.append(path) } else { files.append(path) }
            }
        }
        return (files, skipped)
    }

    private static func walk(_ folder: String) -> [String] {
        let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: folder),
                                                        includingPropertiesForKeys: [.isRegularFileKey],
                                                        options: [.skipsHiddenFiles])
        var paths: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                paths.append(url.path)
            }
        }
        return paths.sorted()
    }

    /// Linkbases and schemas are XML files (`.xml`, `.xsd`); only those are opened to tell.
    private static func isXBRLCompanion(_ path: String) -> Bool {
        guard ["xml", "xsd"].contains(URL(fileURLWithPath: path).pathExtension.lowercased()),
              let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
        return FormatSniffer.isXBRLCompanion([UInt8](head))
    }
}
