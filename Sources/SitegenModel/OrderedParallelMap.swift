import Dispatch

/// Runs work on every core but delivers results in order, a batch at a time, so output stays
/// deterministic and at most one batch of results is held in memory.
public enum OrderedParallelMap {
    /// Calls `make` for every index in `0..<count`, concurrently, then `consume` with the results
    /// in index order, on the calling thread.
    public static func run<Result: Sendable>(count: Int, batchSize: Int = 64, make: @escaping @Sendable (Int) -> Result,
                                      consume: (Result) throws -> Void) rethrows {
        var batchStart = 0
        while batchStart < count {
            let batchCount = min(batchSize, count - batchStart)
            let start = batchStart
            let results = [Result?](unsafeUninitializedCapacity: batchCount) { buffer, initialized in
                buffer.initialize(repeating: nil)
                let slots = Slots(buffer: buffer)
                DispatchQueue.concurrentPerform(iterations: batchCount) { offset in
                    slots.buffer[offset] = make(start + offset)
                }
                initialized = batchCount
            }
            for result in results {
                // Every slot is filled: `concurrentPerform` returns only after all iterations ran.
                try consume(result!)
            }
            batchStart += batchCount
        }
    }

    /// `transform` applied to every element on every core; results in input order.
    public static func map<Element: Sendable, Result: Sendable>(_ elements: [Element],
                                                                 _ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(elements.count)
        run(count: elements.count, batchSize: max(1, elements.count), make: { transform(elements[$0]) }, consume: { results.append($0) })
        return results
    }

    /// The batch's result slots, shared by the concurrent iterations. Unchecked but safe: each
    /// iteration writes only its own slot, and the slots are read only after all iterations end.
    private struct Slots<Result>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Result?>
    }
}
