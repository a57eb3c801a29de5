import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        try pipeline(count: count, window: window, maxConcurrency: maxConcurrency, waitsForAll: false, make: make) { batch in
            try batch.forEach(consume)
        }
    }

    /// `transform` applied to every element on every core (at most `maxConcurrency` threads);
    /// results in input order.
    public static func map<Element: Sendable, Result: Sendable>(_ elements: [Element], maxConcurrency: Int = defaultConcurrency,
                                                                 _ transform: @escaping @Sendable (Element) -> Result) -> [Result] {
        var results: [Result] = []
        pipeline(count: elements.count, window: elements.count, maxConcurrency: maxConcurrency, waitsForAll: true,
                 make: { transform(elements[$0]) }, consume: { results = $0 })
        return results
    }

    /// `run`, with the consumer given every result that is ready, in order, each time it wakes;
    /// with `waitsForAll` it sleeps until the last one is in (one wake-up in all, for `map`).
    private static func pipeline<Result: Sendable>(count: Int, window: Int, maxConcurrency: Int, waitsForAll: Bool,
                                                   make: @escaping @Sendable (Int) -> Result,
                                                   consume: ([Result]) throws -> Void) rethrows {
        guard count > 0 else { return }
        let pipeline = Pipeline<Result>(count: count, window: max(1, window))
        let workers = WorkerThreads.start(max(1, min(maxConcurrency, count))) {
            var index = pipeline.claim()
            while let current = index {
                index = pipeline.deliver(make(current), at: current)
            }
        }
        defer {
            pipeline.stop()
            workers.wait()
        }
        var next = 0
        while next < count {
            let batch = pipeline.take(from: next, awaiting: waitsForAll ? count : next + 1)
            next += batch.count
            try consume(batch)
        }
    }

    /// The shared state of one run: the next index to hand out, and a ring of `window` slots
    /// where results wait for the consumer. Every access holds `mutex`.
    ///
    /// A thread is woken only when what it waits for has happened, not on every change: the
    /// consumer when the results it awaits are all in; workers, which wait when the window is
    /// full, once the consumer has freed half of it (so they wake once per half window, not once
    /// per result). Each lock taken by a worker both delivers a result and claims the next index.
    ///
    /// `@unchecked Sendable`: the state is guarded by a pthread mutex, waited on with condition
    /// variables, which the compiler cannot check and Synchronization's `Mutex` does not offer.
    private final class Pipeline<Result>: @unchecked Sendable {
        private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        /// Signalled when `ready` reaches `awaited`.
        private let resultsIn = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        /// Broadcast when the window is half free again, or the run stops.
        private let roomFreed = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        private let count: Int
        private var slots: [Result?]
        private var nextIndex = 0
        /// The consumer is done with every result before this index: their slots may be reused.
        private var released = 0
        /// Every result before this index has been delivered.
        private var ready = 0
        /// What the sleeping consumer waits for `ready` to reach; nil while it is awake.
        private var awaited: Int?
        private var sleepingWorkers = 0
        private var stopped = false

        init(count: Int, window: Int) {
            self.count = count
            slots = Array(repeating: nil, count: min(window, count))
            pthread_mutex_init(mutex, nil)
            pthread_cond_init(resultsIn, nil)
            pthread_cond_init(roomFreed, nil)
        }

        deinit {
            pthread_cond_destroy(roomFreed)
            pthread_cond_destroy(resultsIn)
            pthread_mutex_destroy(mutex)
            roomFreed.deallocate()
            resultsIn.deallocate()
            mutex.deallocate()
        }

        /// The first index to make; nil when there is none.
        func claim() -> Int? {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            return claimLocked()
        }

        /// Stores the result at `index`, wakes the consumer if that completes what it awaits, and
        /// returns the next index to make (nil when all are handed out or the run stopped).
        func deliver(_ result: Result, at index: Int) -> Int? {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            slots[index % slots.count] = result
            if index == ready {
                // Indices from `nextIndex` on are not made yet; below it, a filled slot holds its own index.
                while ready < nextIndex, slots[ready % slots.count] != nil { ready += 1 }
                if let awaited, ready >= awaited { pthread_cond_signal(resultsIn) }
            }
            return claimLocked()
        }

        /// Releases every result before `index` (the consumer is done with them), waits until
        /// the results up to `awaited` (excluded) are in, and hands over all that are ready from
        /// `index` on, emptying their slots.
        func take(from index: Int, awaiting: Int) -> [Result] {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            released = index
            if sleepingWorkers > 0, nextIndex - released <= slots.count / 2 { pthread_cond_broadcast(roomFreed) }
            while ready < awaiting {
                awaited = awaiting
                pthread_cond_wait(resultsIn, mutex)
            }
            awaited = nil
            return (index..<ready).map { slots[$0 % slots.count].take()! }
        }

        /// Hands out no more indices (after the last result, or when the consumer failed).
        func stop() {
            pthread_mutex_lock(mutex)
            stopped = true
            pthread_cond_broadcast(roomFreed)
            pthread_mutex_unlock(mutex)
        }

        /// The next index, once it fits in the window; nil when all are handed out or the run stopped.
        private func claimLocked() -> Int? {
            while !stopped && nextIndex < count && nextIndex - released >= slots.count {
                sleepingWorkers += 1
                pthread_cond_wait(roomFreed, mutex)
                sleepingWorkers -= 1
            }
            guard !stopped, nextIndex < count else { return nil }
            defer { nextIndex += 1 }
            return nextIndex
        }
    }
}
