import Foundation

extension SiteServer {
    /// `run`, for a synchronous caller such as the command line: blocks until the server stops,
    /// then rethrows its error, if any.
    public func runUntilStopped(onListening: @escaping @Sendable (Int) async -> Void) throws {
        let finished = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task {
            do {
                try await run(onListening: onListening)
            } catch {
                outcome.record(error)
            }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error { throw error }
    }
}

/// The error a server task ended with, handed to the thread waiting for it. Unchecked but safe:
/// every access holds the lock.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var storedError: (any Error)?

    var error: (any Error)? { lock.withLock { storedError } }

    func record(_ error: any Error) {
        lock.withLock { storedError = error }
    }
}
