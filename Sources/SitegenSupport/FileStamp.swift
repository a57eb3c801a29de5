#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says about a file (links followed): its path, device, inode, size, modification and
/// status-change times. Any write changes the status-change time, which nobody can set, so a file
/// whose stamp is unchanged and settled (`isSettled`) has the bytes it had: git's index spares
/// re-reading a clean work tree the same way.
public struct FileStamp: Hashable, Sendable {
    public var path: String
    public var device: UInt64
    public var inode: UInt64
    public var size: Int
    public var modified: Int
    public var changed: Int

    public init(path: String, device: UInt64, inode: UInt64, size: Int, modified: Int, changed: Int) {
        (self.path, self.device, self.inode, self.size, self.modified, self.changed) = (path, device, inode, size, modified, changed)
    }

    /// The stamp of the file at `path`, nil when it cannot be read.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(path: path, device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int(info.st_size),
                         modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec,
                         changed: info.st_ctim.tv_sec * 1_000_000_000 + info.st_ctim.tv_nsec)
    }

    /// Time stamps are coarser than writes: a file changed less than this long ago (nanoseconds)
    /// could change again without its stamp moving, so its stamp says nothing yet.
    public static let settling = 2_000_000_000

    /// Nanoseconds since 1970 before which a file's last change is settled, from now.
    public static func settledBefore() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return now.tv_sec * 1_000_000_000 + now.tv_nsec - settling
    }

    /// Whether the file last changed before `limit` (`settledBefore()`, taken before the file was read).
    public func isSettled(before limit: Int) -> Bool {
        changed < limit
    }
}
