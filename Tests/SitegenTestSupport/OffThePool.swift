import Foundation
import Testing

/// Runs a suite's tests (and the tasks they start with `OffThePool.executor`) on Dispatch threads
/// rather than the cooperative pool. A full test run puts every test on that pool (two threads
/// here) at once, in order: a test that awaits (a server's requests, a child process's end) would
/// resume only behind every synchronous test queued before it, and its time limit run out.
public struct OffThePool: SuiteTrait, TestTrait, TestScoping {
    public static let executor = DispatchTaskExecutor()

    public var isRecursive: Bool { true }

    public func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? {
        testCase == nil ? nil : self
    }

    public func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        try await withTaskExecutorPreference(Self.executor, operation: function)
    }
}

extension Trait where Self == OffThePool {
    public static var offThePool: Self { OffThePool() }
}

/// A task executor that runs each job on Dispatch's global threads, which grow when some block.
public final class DispatchTaskExecutor: TaskExecutor {
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        DispatchQueue.global().async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
