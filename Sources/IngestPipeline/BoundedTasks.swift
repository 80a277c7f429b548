/// Runs work on many items at most `jobs` at once and hands each output back, with the item's
/// index, on the caller's task as it completes: a new item starts only when one finishes, so
/// however many items are queued, only `jobs` are in flight.
public enum BoundedTasks {
    public static func forEach<Item: Sendable, Output: Sendable>(
        _ items: [Item], jobs: Int, work: @escaping @Sendable (Item) async throws -> Output,
        receive: (Int, Output) throws -> Void
    ) async throws {
        try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var next = items.indices.makeIterator()
            func startNext() {
                guard let index = next.next() else { return }
                let item = items[index]
                group.addTask { (index, try await work(item)) }
            }
            for _ in 0..<max(1, jobs) { startNext() }
            while let (index, output) = try await group.next() {
                try receive(index, output)
                startNext()
            }
        }
    }
}
