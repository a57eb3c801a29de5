import Foundation
@testable import SitegenSupport
import Synchronization
import Testing

/// Work on threads. The render→write pipeline: results in order whatever the threads, never
/// more than a window of them made ahead of the consumer, and no work after the consumer fails;
/// and two pieces of work side by side (`Concurrently`).
@Suite struct OrderedParallelMapTests {
    /// What the workers and the consumer of one run saw, behind a lock.
    final class Tally: Sendable {
        private struct Counts {
            var consumed = 0
            var made = 0
            var furthestAhead = 0
        }

        private let counts = Mutex(Counts())

        var made: Int { counts.withLock { $0.made } }
        var furthestAhead: Int { counts.withLock { $0.furthestAhead } }

        func making(_ index: Int) {
            counts.withLock { counts in
                counts.made += 1
                counts.furthestAhead = max(counts.furthestAhead, index - counts.consumed + 1)
            }
        }

        func consuming() {
            counts.withLock { $0.consumed += 1 }
        }
    }

    /// Work of uneven length, so results come in out of order.
    static func work(_ index: Int) -> Int {
        if index % 7 == 0 { usleep(UInt32(index % 5) * 50) }
        return index * index
    }

    @Test(arguments: [(0, 4), (1, 1), (5, 1), (500, 1), (500, 2), (500, 3), (2000, 16), (2000, 256)])
    func resultsComeInOrderWithinTheWindow(count: Int, window: Int) {
        for threads in [1, 2, 5] {
            let tally = Tally()
            var results: [Int] = []
            OrderedParallelMap.run(count: count, window: window, maxConcurrency: threads, make: { index in
                tally.making(index)
                return Self.work(index)
            }, consume: { result in
                tally.consuming()
                results.append(result)
            })
            #expect(results == (0..<count).map { $0 * $0 }, "\(threads) threads")
            #expect(tally.furthestAhead <= window, "\(threads) threads: made \(tally.furthestAhead) ahead of the consumer")
        }
    }

    @Test func aFailingConsumerStopsTheWorkers() {
        struct Failure: Error {}
        let tally = Tally()
        #expect(throws: Failure.self) {
            try OrderedParallelMap.run(count: 100_000, window: 8, maxConcurrency: 4, make: { index in
                tally.making(index)
                return index
            }, consume: { index in
                if index == 10 { throw Failure() }
            })
        }
        let madeWhenStopped = tally.made
        #expect(madeWhenStopped <= 10 + 8 + 4)
        usleep(20_000)
        #expect(tally.made == madeWhenStopped, "no work after the run returned")
    }

    @Test func mapKeepsTheOrder() {
        let elements = Array(0..<3000)
        for threads in [1, 2, 7] {
            #expect(OrderedParallelMap.map(elements, maxConcurrency: threads, Self.work) == elements.map { $0 * $0 })
        }
        #expect(OrderedParallelMap.map([Int](), Self.work).isEmpty)
    }

    struct Stop: Error {}

    /// The work runs on threads of sitegen's own, never on Dispatch's pool: a pool thread waiting
    /// for work queued behind it (a parallel map run beside another piece of work, or inside
    /// another map) stalled builds for a second until the pool grew.
    @Test func workRunsOnThreadsOfItsOwnEvenInsideOtherWork() {
        let names = OrderedParallelMap.map(Array(0..<64), maxConcurrency: 4) { _ in
            OrderedParallelMap.map(Array(0..<8), maxConcurrency: 2) { _ in WorkerThreads.isCurrent }
        }
        #expect(names.flatMap { $0 }.allSatisfy { $0 } && names.count == 64)
        #expect(!WorkerThreads.isCurrent)
        let (_, second) = Concurrently.both({ 1 }, { WorkerThreads.isCurrent })
        #expect(second || OrderedParallelMap.defaultConcurrency == 1)
    }

    /// `Concurrently.both` returns both results, and when the first piece throws it still waits
    /// for the second: nothing runs on after the call returns.
    @Test func bothPiecesFinishBeforeTheCallReturns() throws {
        let tally = Tally()
        let (first, second) = Concurrently.both({ (1...1000).reduce(0, +) }, { usleep(20_000); return "second" })
        #expect(first == 500_500)
        #expect(second == "second")
        #expect(throws: Stop.self) {
            _ = try Concurrently.both({ () throws(Stop) in throw Stop() }, { usleep(50_000); tally.making(0) })
        }
        #expect(tally.made == 1, "the second piece finished before the error came back")
    }

    /// Once a map returns, the workers hold nothing its work captured: the caller's array is
    /// changed in place afterwards, not copied (the threads' `Thread` objects outlive the map).
    @Test func workersLetGoOfTheWorkBeforeTheMapReturns() {
        final class Captured: Sendable {}
        for round in 0..<200 {
            var captured = Captured()
            let results = OrderedParallelMap.map(Array(0..<4), maxConcurrency: 2) { [captured] index in
                withExtendedLifetime(captured) { index }
            }
            #expect(results == [0, 1, 2, 3])
            #expect(isKnownUniquelyReferenced(&captured), "round \(round): a worker still held the work")
        }
    }
}
