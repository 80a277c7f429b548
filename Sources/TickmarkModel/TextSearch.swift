/// Substring search over UTF-8 bytes, for the keyword tests every stage runs on labels and
/// titles. With Foundation loaded, `String.contains(String)` and `range(of:)` bridge to NSString
/// and search UTF-16 copies; these compare the stored bytes in place.
extension StringProtocol {
    /// Whether `needle` occurs in the text, byte for byte.
    public func includes(_ needle: some StringProtocol) -> Bool {
        utf8Offset(of: needle) != nil
    }

    /// The first range where `needle` occurs, byte for byte; nil when it does not.
    public func range(ofText needle: some StringProtocol) -> Range<Index>? {
        guard let offset = utf8Offset(of: needle) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The UTF-8 offset of the first occurrence of `needle`.
    private func utf8Offset(of needle: some StringProtocol) -> Int? {
        func search(_ haystack: UnsafeBufferPointer<UInt8>) -> Int? {
            needle.utf8.withContiguousStorageIfAvailable { TextSearch.offset(of: $0, in: haystack) }
                ?? Array(needle.utf8).withUnsafeBufferPointer { TextSearch.offset(of: $0, in: haystack) }
        }
        return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
    }
}

/// Byte-level search shared by the `StringProtocol` helpers.
public enum TextSearch {
    /// The offset of the first occurrence of `needle` in `haystack`; 0 for an empty needle.
    public static func offset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        guard haystack.count >= needle.count else { return nil }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var matched = 1
                while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return start }
            }
            start += 1
        }
        return nil
    }
}
