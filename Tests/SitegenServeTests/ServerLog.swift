import Foundation

/// The lines a server under test logged, readable while it runs.
final class ServerLog: @unchecked Sendable {
    /// Guards `lines`; every access holds it, which is what makes the class safe to share.
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) {
        lock.withLock { lines.append(line) }
    }

    var text: String { lock.withLock { lines.joined(separator: "\n") } }

    /// Waits until some line contains `fragment`; false if none does within `timeout`.
    func waitFor(_ fragment: String, timeout: Duration = .seconds(120)) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if text.contains(fragment) { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }
}
