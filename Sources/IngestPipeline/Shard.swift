/// One of `count` deterministic parts of a batch (`--shard 2/4`): a document belongs to the part
/// its SHA-256 falls in, whatever the file's name, its folder or the machine that runs it, so
/// shards can run on any batch scheduler and be merged into one corpus.
public struct Shard: Sendable, Equatable {
    /// 1-based.
    public var index: Int
    public var count: Int

    /// Parses `i/n` with 1 ≤ i ≤ n; nil otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else {
            return nil
        }
        self.index = index
        self.count = count
    }

    /// Whether the document with this SHA-256 (lowercase hex) is in this shard.
    public func contains(sha256: String) -> Bool {
        guard let prefix = UInt64(sha256.prefix(15), radix: 16) else { return false }
        return Int(prefix % UInt64(count)) == index - 1
    }
}
