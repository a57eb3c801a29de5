
/// `OrderedParallelMap.map` for many small items: the items go to the cores in runs of
/// consecutive items, so the threads meet once a run instead of once an item (for tens of
/// thousands of cheap items, waking the threads per item cost more than the work). Results are
/// in input order whatever the number of threads.
public enum ParallelRuns {
    /// How many runs the items are cut into: several per core, so a slow run leaves no core idle for long.
    public static let runCount = 8 * OrderedParallelMap.defaultConcurrency

    /// `0..<count` cut into at most `runCount` runs of consecutive indices, in order.
    public static func ranges(count: Int) -> [Range<Int>] {
        let length = max(1, (count + runCount - 1) / runCount)
        return stride(from: 0, to: count, by: length).map { $0..<min(count, $0 + length) }
    }

    /// `transform` of every index in `0..<count`, on every core, in index order.
    public static func map<Result: Sendable>(count: Int, _ transform: @escaping @Sendable (Int) -> Result) -> [Result] {
        OrderedParallelMap.map(ranges(count: count)) { $0.map(transform) }.flatMap { $0 }
    }

    /// `transform` of every element, on every core, in input order.
    public static func map<Element: Sendable, Result: Sendable>(_ elements: [Element],
                                                         _ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        map(count: elements.count) { transform(elements[$0]) }
    }
}
