
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

    /// `transform` of every index in `0..<count`, on every core, in index order. Each run puts
    /// its results straight into their places in the returned array: none is copied from a
    /// run's own array into the whole (for large results, such as papers, a copy takes a
    /// reference to each of their parts on the calling thread, and dropping the runs gives them back).
    public static func map<Result: Sendable>(count: Int, _ transform: @escaping @Sendable (Int) -> Result) -> [Result] {
        [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let places = Places(start: buffer.baseAddress)
            // The runs cover `0..<count` once each; the map returns once every run is done.
            _ = OrderedParallelMap.map(ranges(count: count)) { run in
                for index in run { (places.start! + index).initialize(to: transform(index)) }
            }
            initialized = count
        }
    }

    /// Where the results go, handed to the worker threads; each writes only its own runs'
    /// places, and the calling thread reads them once every worker is done (`OrderedParallelMap`
    /// hands results over under its lock).
    private struct Places<Result>: @unchecked Sendable {
        let start: UnsafeMutablePointer<Result>?
    }

    /// `transform` of every element, on every core, in input order.
    public static func map<Element: Sendable, Result: Sendable>(_ elements: [Element],
                                                         _ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        map(count: elements.count) { transform(elements[$0]) }
    }
}
