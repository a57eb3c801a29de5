import Dispatch
import Synchronization

/// Two independent pieces of work run at once: `second` on another thread, `first` on the
/// calling one. For a build's long single-threaded steps that need not wait for each other
/// (reading the last build's records while the content loads, encoding the new manifest and
/// page records).
///
/// Not a two-item `OrderedParallelMap.map`: the pieces return different types, and `first`
/// stays on the calling thread, so it may throw its own error type and neither it nor its
/// result need be `Sendable` (the staging tree it prepares is not).
public enum Concurrently {
    /// The results of `first` and `second`, once both have finished (also when `first` throws).
    /// With `SITEGEN_THREADS=1` they run one after the other on the calling thread.
    public static func both<First, Second: Sendable, Failure: Error>(
        _ first: () throws(Failure) -> First,
        _ second: @escaping @Sendable () -> Second
    ) throws(Failure) -> (First, Second) {
        guard OrderedParallelMap.defaultConcurrency > 1 else { return (try first(), second()) }
        let result = Slot<Second>()
        let done = WorkerThreads.start(1) { result.value.withLock { $0 = second() } }
        let firstResult = Result { () throws(Failure) in try first() }
        done.wait()
        return (try firstResult.get(), result.value.withLock { $0! })
    }

    /// Where the other thread leaves its result.
    private final class Slot<Value: Sendable>: Sendable {
        let value = Mutex<Value?>(nil)
    }
}
