import Foundation

/// Detects changes by comparing the paths, sizes and modification times of every file under the
/// watched folders, at most every `interval`: the fallback where inotify is not available.
final class PollingChangeSource: ChangeSource {
    private let folders: [URL]
    private let interval: Duration
    private var lastPoll = ContinuousClock.now
    private var snapshot: [String: String]

    init(watching folders: [URL], interval: Duration = .milliseconds(500)) {
        self.folders = folders
        self.interval = interval
        snapshot = Self.snapshot(of: folders)
    }

    func hasChanges() -> Bool {
        guard ContinuousClock.now - lastPoll >= interval else { return false }
        lastPoll = .now
        let current = Self.snapshot(of: folders)
        defer { snapshot = current }
        return current != snapshot
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
