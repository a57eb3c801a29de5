import Foundation

/// Bursts found by comparing the paths, sizes and modification times of every file under the
/// watched folders every `interval` (the fallback where inotify is not available). The stream
/// polls only while its consumer waits for the next burst, in the consumer's task.
actor PollingBursts {
    private let folders: [URL]
    private let interval: Duration
    private let quietPeriod: Duration
    private var snapshot: [String: String]

    private init(folders: [URL], interval: Duration, quietPeriod: Duration) {
        self.folders = folders
        self.interval = interval
        self.quietPeriod = quietPeriod
        snapshot = Self.snapshot(of: folders)
    }

    /// Changes from now on; those made while the consumer is busy make one burst when it next asks.
    static func stream(watching folders: [URL], interval: Duration = .milliseconds(500), quietPeriod: Duration) -> AsyncStream<Void> {
        let source = PollingBursts(folders: folders, interval: interval, quietPeriod: quietPeriod)
        return AsyncStream { await source.nextBurst() }
    }

    /// Returns once a change has been followed by `quietPeriod` without one; nil when cancelled.
    private func nextBurst() async -> Void? {
        var debouncer = Debouncer<ContinuousClock.Instant>(quietPeriod: quietPeriod)
        while true {
            let nextPoll = ContinuousClock.now + interval
            do {
                try await Task.sleep(until: min(nextPoll, debouncer.deadline ?? nextPoll), clock: .continuous)
            } catch {
                return nil
            }
            let current = Self.snapshot(of: folders)
            if current != snapshot {
                snapshot = current
                debouncer.noteChange(at: .now)
            }
            if debouncer.shouldFire(at: .now) { return () }
        }
    }

    /// Path → "size mtime" of every file not ignored by `ChangeSources.isIgnored`.
    private static func snapshot(of folders: [URL]) -> [String: String] {
        var result: [String: String] = [:]
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { continue }
            while let path = enumerator.nextObject() as? String {
                guard !ChangeSources.isIgnored((path as NSString).lastPathComponent),
                      let attributes = enumerator.fileAttributes else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[folder.path + "/" + path] = "\(attributes[.size] ?? 0) \(modified)"
            }
        }
        return result
    }
}
