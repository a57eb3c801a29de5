import Dispatch
import Foundation

/// Runs work on every core but delivers results in order, so output stays deterministic while
/// the calling thread consumes (writes) results as soon as they are ready.
///
/// Workers take indices in increasing order and may run at most `window` indices ahead of the
/// consumer, so at most `window` results are held in memory however long the work is. While the
/// consumer writes result `n`, the workers are already making `n + 1…`: rendering and writing overlap.
public enum OrderedParallelMap {
    /// How many threads work at once unless a call says otherwise: `SITEGEN_THREADS` when set to
    /// a positive number (the determinism checks build with 1 and with all cores), else the
    /// number of cores.
    public static let defaultConcurrency: Int = {
        if let value = ProcessInfo.processInfo.environment["SITEGEN_THREADS"], let threads = Int(value), threads > 0 {
            return threads
        }
        return ProcessInfo.processInfo.activeProcessorCount
    }()

    /// Calls `make` for every index in `0..<count` on `maxConcurrency` worker threads, and
    /// `consume` with the results in index order on the calling thread, while the workers go on.
    /// When `consume` throws, the workers stop after their current item and the error is rethrown.
    public static func run<Result: Sendable>(count: Int, window: Int = 256, maxConcurrency: Int = defaultConcurrency,
                                             make: @escaping @Sendable (Int) -> Result,
                                             consume: (Result) throws -> Void) rethrows {
        guard count > 0 else { return }
        let pipeline = Pipeline<Result>(count: count, window: max(1, window))
        let workers = DispatchGroup()
        for _ in 0..<max(1, min(maxConcurrency, count)) {
            DispatchQueue.global().async(group: workers) {
                while let index = pipeline.claim() {
                    pipeline.deliver(make(index), at: index)
                }
            }
        }
        defer {
            pipeline.stop()
            workers.wait()
        }
        for index in 0..<count {
            try consume(pipeline.take(index))
        }
    }

    /// `transform` applied to every element on every core (at most `maxConcurrency` threads);
    /// results in input order.
    public static func map<Element: Sendable, Result: Sendable>(_ elements: [Element], maxConcurrency: Int = defaultConcurrency,
                                                                 _ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(elements.count)
        run(count: elements.count, window: max(1, elements.count), maxConcurrency: maxConcurrency,
            make: { transform(elements[$0]) }, consume: { results.append($0) })
        return results
    }

    /// The shared state of one `run`: the next index to hand out, and a ring of `window` slots
    /// where results wait for the consumer. Every access holds `condition`'s lock.
    private final class Pipeline<Result>: @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int
        private var slots: [Result?]
        private var nextIndex = 0
        private var consumed = 0
        private var stopped = false

        init(count: Int, window: Int) {
            self.count = count
            slots = Array(repeating: nil, count: min(window, count))
        }

        /// The next index to make, once it fits in the window; nil when all are handed out or the run stopped.
        func claim() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while !stopped && nextIndex < count && nextIndex - consumed >= slots.count {
                condition.wait()
            }
            guard !stopped, nextIndex < count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }

        func deliver(_ result: Result, at index: Int) {
            condition.lock()
            slots[index % slots.count] = result
            condition.broadcast()
            condition.unlock()
        }

        /// Waits for the result at `index` (the consumer asks in order) and frees its slot.
        func take(_ index: Int) -> Result {
            condition.lock()
            defer { condition.unlock() }
            while slots[index % slots.count] == nil {
                condition.wait()
            }
            let result = slots[index % slots.count].take()!
            consumed = index + 1
            condition.broadcast()
            return result
        }

        /// Hands out no more indices (after the last result, or when the consumer failed).
        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
