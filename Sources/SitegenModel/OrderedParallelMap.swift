import Dispatch
import Foundation

/// Runs work on every core but delivers results in order, a batch at a time, so output stays
/// deterministic and at most one batch of results is held in memory.
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

    /// Calls `make` for every index in `0..<count`, on at most `maxConcurrency` threads at once,
    /// then `consume` with the results in index order, on the calling thread.
    public static func run<Result: Sendable>(count: Int, batchSize: Int = 64, maxConcurrency: Int = defaultConcurrency,
                                             make: @escaping @Sendable (Int) -> Result,
                                             consume: (Result) throws -> Void) rethrows {
        var batchStart = 0
        while batchStart < count {
            let batchCount = min(batchSize, count - batchStart)
            let start = batchStart
            let results = [Result?](unsafeUninitializedCapacity: batchCount) { buffer, initialized in
                buffer.initialize(repeating: nil)
                let slots = Slots(buffer: buffer)
                forEachIndex(batchCount, maxConcurrency: maxConcurrency) { offset in
                    slots.buffer[offset] = make(start + offset)
                }
                initialized = batchCount
            }
            for result in results {
                // Every slot is filled: `forEachIndex` returns only after all iterations ran.
                try consume(result!)
            }
            batchStart += batchCount
        }
    }

    /// `transform` applied to every element on every core (at most `maxConcurrency` threads);
    /// results in input order.
    public static func map<Element: Sendable, Result: Sendable>(_ elements: [Element], maxConcurrency: Int = defaultConcurrency,
                                                                 _ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(elements.count)
        run(count: elements.count, batchSize: max(1, elements.count), maxConcurrency: maxConcurrency,
            make: { transform(elements[$0]) }, consume: { results.append($0) })
        return results
    }

    /// `body` for every index below `count`. With as many threads as cores allowed, GCD spreads
    /// single iterations (best balance); with fewer, each of `maxConcurrency` lanes takes every
    /// `maxConcurrency`-th index, and one lane runs on the calling thread alone.
    private static func forEachIndex(_ count: Int, maxConcurrency: Int, _ body: @Sendable (Int) -> Void) {
        guard maxConcurrency < min(count, ProcessInfo.processInfo.activeProcessorCount) else {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
            return
        }
        let lanes = max(1, maxConcurrency)
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for index in stride(from: lane, to: count, by: lanes) { body(index) }
        }
    }

    /// The batch's result slots, shared by the concurrent iterations. Unchecked but safe: each
    /// iteration writes only its own slot, and the slots are read only after all iterations end.
    private struct Slots<Result>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Result?>
    }
}
