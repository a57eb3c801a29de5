#if canImport(Glibc)
import Foundation
import Glibc

/// An inotify descriptor watching every folder under the watched ones (there is no recursive
/// watch), adding folders created or moved in later as their events are read.
struct InotifyWatches: Sendable {
    /// Non-blocking: `readChanges` reads until nothing is left.
    let descriptor: Int32
    /// Folder path of each watch descriptor, to name the folders created inside it.
    private var folders: [Int32: String] = [:]
    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
                                     | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Nil when inotify cannot be used (no descriptor, or the watch limit is reached).
    init?(watching roots: [URL]) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        for root in roots where !watchTree(root.path) {
            close()
            return nil
        }
    }

    /// Closes the descriptor, which removes every watch.
    func close() {
        _ = Glibc.close(descriptor)
    }

    /// Reads every pending event: true when any concerns a file that is not ignored, nil when
    /// the descriptor cannot be read.
    mutating func readChanges() -> Bool? {
        var changed = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count < 0, errno == EAGAIN { return changed }
            guard count > 0 else { return nil }
            var offset = 0
            while offset + 16 <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes {
                    ($0.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int($0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<(offset + 16 + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += 16 + length
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, let parent = folders[watch] {
                    _ = watchTree(parent + "/" + name)
                }
                if mask & UInt32(IN_IGNORED) != 0 { folders[watch] = nil }
                if name.isEmpty || !ChangeSources.isIgnored(name) { changed = true }
            }
        }
    }

    /// Watches `path` and every folder below it; false when a watch could not be added.
    private mutating func watchTree(_ path: String) -> Bool {
        let watch = inotify_add_watch(descriptor, path, Self.mask)
        guard watch >= 0 else { return errno == ENOENT || errno == ENOTDIR }
        folders[watch] = path
        let children = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for child in children {
            var isFolder: ObjCBool = false
            let childPath = path + "/" + child
            if FileManager.default.fileExists(atPath: childPath, isDirectory: &isFolder), isFolder.boolValue,
               !watchTree(childPath) {
                return false
            }
        }
        return true
    }
}
#endif
