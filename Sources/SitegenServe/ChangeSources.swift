import Foundation

/// Where file events come from: one element per burst of changes under the watched folders,
/// once they have been quiet for the quiet period; a burst while the consumer is busy waits as one.
enum ChangeSources {
    /// inotify where the system has it, else polling modification times.
    static func bursts(watching folders: [URL], quietPeriod: Duration) -> AsyncStream<Void> {
        #if canImport(Glibc)
        if let inotify = InotifyBursts.stream(watching: folders, quietPeriod: quietPeriod) { return inotify }
        #endif
        return PollingBursts.stream(watching: folders, quietPeriod: quietPeriod)
    }

    /// Editor droppings that are not content: dot-files (`.x.swp`) and backups (`x~`).
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~")
    }
}
