#if canImport(Glibc)
import Foundation
import Testing

/// Whether an inotify descriptor of this process watches a folder, read from /proc/self/fdinfo
/// (which lists each watch's inode): a watcher whose descriptor is closed has stopped.
enum InotifyProbe {
    /// Waits (up to 10 s) until some descriptor watches `folder`, or none does, as `watched`
    /// asks; false if that never happens.
    static func waitUntil(_ folder: URL, isWatched watched: Bool) async throws -> Bool {
        let inode = try #require(try FileManager.default.attributesOfItem(atPath: folder.path)[.systemFileNumber] as? Int)
        let watch = " ino:\(String(inode, radix: 16)) "
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fdinfo")) ?? []
            let isWatched = descriptors.contains { descriptor in
                let info = (try? String(contentsOfFile: "/proc/self/fdinfo/\(descriptor)", encoding: .utf8)) ?? ""
                return info.split(separator: "\n").contains { $0.hasPrefix("inotify wd:") && $0.contains(watch) }
            }
            if isWatched == watched { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return false
    }
}
#endif
