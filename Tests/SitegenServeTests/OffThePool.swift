import Foundation
import Testing

/// Runs a serve suite's tests, and the servers they start, on Dispatch threads rather than the
/// cooperative pool. A full test run puts every test on that pool (two threads here) at once, in
/// order; a server's request tasks would wait behind every synchronous test queued before them.
struct OffThePool: SuiteTrait, TestTrait, TestScoping {
    static let executor = DispatchTaskExecutor()

    var isRecursive: Bool { true }

    func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? {
        testCase == nil ? nil : self
    }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        try await withTaskExecutorPreference(Self.executor, operation: function)
    }
}

extension Trait where Self == OffThePool {
    static var offThePool: Self { OffThePool() }
}

/// A task executor that runs each job on Dispatch's global threads, which grow when some block.
final class DispatchTaskExecutor: TaskExecutor {
    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        DispatchQueue.global().async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
