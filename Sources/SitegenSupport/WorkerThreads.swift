import Dispatch
import Foundation

/// Threads of sitegen's own for work that other work waits on (`OrderedParallelMap`'s workers,
/// `Concurrently`'s second piece). Dispatch's global queues are not used for it: on Linux their
/// pool grows past the number of cores only after about a second, so a thread of the pool that
/// waits for work queued behind it (the loader's parallel map, run beside the staging tree) stalled
/// the whole build for that second.
enum WorkerThreads {
    /// Starts `count` threads, each calling `body`; the returned group is done when all of them
    /// have returned.
    static func start(_ count: Int, _ body: @escaping @Sendable () -> Void) -> DispatchGroup {
        let finished = DispatchGroup()
        for _ in 0..<count {
            finished.enter()
            let thread = Thread {
                Thread.current.threadDictionary[marker] = true
                body()
                finished.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        return finished
    }

    /// Whether the calling thread is one of these.
    static var isCurrent: Bool { Thread.current.threadDictionary[marker] as? Bool ?? false }

    private static let marker = "sitegen.worker"

    /// The stack each thread gets: that of the main thread and of Dispatch's workers, for the
    /// parsers' recursion on hostile input.
    static let stackSize = 8 << 20
}
