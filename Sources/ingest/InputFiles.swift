import Foundation

/// Expands the command line's files and folders into the list of files to ingest.
enum InputFiles {
    /// Folders are walked recursively (hidden files skipped); the result keeps the given order
    /// of arguments, with each folder's files in name order.
    static func expand(_ inputs: [String]) -> [String] {
        inputs.flatMap { input -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [input]
            }
            let base = URL(fileURLWithPath: input)
            let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                            options: [.skipsHiddenFiles])
            var files: [String] = []
            while let url = enumerator?.nextObject() as? URL {
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                    files.append(url.path)
                }
            }
            return files.sorted()
        }
    }
}
