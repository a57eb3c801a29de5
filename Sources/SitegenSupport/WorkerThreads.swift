import Dispatch
import Foundation
import Synchronization

/// Threads of sitegen's own for work that other work waits on (`OrderedParallelMap`'s workers,
/// `Concurrently`'s second piece). Dispatch's global queues are not used for it: on Linux their
/// pool grows past the number of cores only after about a second, so a thread of the pool that
/// waits for work queued behind it (the loader's parallel map, run beside the staging tree) stalled
/// the whole build for that second.
enum WorkerThreads {
    /// Starts `count` threads, each calling `body`; the returned group is done when all of them
    /// have returned and let go of `body`, so that once it is done the caller holds the only
    /// references to what `body` captured (an array it captured can be changed in place, not copied).
    static func start(_ count: Int, _ body: @escaping @Sendable () -> Void) -> DispatchGroup {
        let finished = DispatchGroup()
        for _ in 0..<count {
            finished.enter()
            let work = Work(body)
            let thread = Thread {
                Thread.current.threadDictionary[marker] = true
                work.run()
                finished.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        return finished
    }

    /// A thread's work, which it lets go of once run: the `Thread` keeps its closure until the
    /// thread has exited, after the group is done.
    private final class Work: Sendable {
        private let body: Mutex<(@Sendable () -> Void)?>

        init(_ body: @escaping @Sendable () -> Void) {
            self.body = Mutex(body)
        }

        /// Calls the work and lets go of it.
        func run() {
            body.withLock { $0.take() }?()
        }
    }

    /// Whether the calling thread is one of these.
    static var isCurrent: Bool { Thread.current.threadDictionary[marker] as? Bool ?? false }

    private static let marker = "sitegen.worker"

    /// The stack each thread gets: that of the main thread and of Dispatch's workers, for the
    /// parsers' recursion on hostile input.
    static let stackSize = 8 << 20
}
