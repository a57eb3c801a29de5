import Foundation
import Synchronization

/// The lines a server under test logged, readable while it runs.
final class ServerLog: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) {
        lines.withLock { $0.append(line) }
    }

    var text: String { lines.withLock { $0.joined(separator: "\n") } }

    /// Waits until `fragment` has been logged `count` times; false if it has not within `timeout`.
    func waitFor(_ fragment: String, count: Int = 1, timeout: Duration = .seconds(120)) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if text.components(separatedBy: fragment).count > count { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }
}
