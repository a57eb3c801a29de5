import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every regular file of a tree with its bytes and its identity on disk (inode and modification
/// time in nanoseconds): equal bytes say two trees are the same site, an equal identity says a
/// build left the file alone.
struct TreeSnapshot {
    struct Identity: Equatable {
        var inode: UInt64
        var modified: Int
    }

    let bytes: [String: Data]
    let identities: [String: Identity]

    init(_ root: URL) {
        var bytes: [String: Data] = [:]
        var identities: [String: Identity] = [:]
        for path in BuildFixture.files(in: root) {
            let full = root.appendingPathComponent(path).path
            var info = stat()
            guard stat(full, &info) == 0, let data = FileManager.default.contents(atPath: full) else { continue }
            bytes[path] = data
            identities[path] = Identity(inode: UInt64(info.st_ino), modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec)
        }
        self.bytes = bytes
        self.identities = identities
    }

    /// Files of this tree a build wrote since `earlier`: new, or another inode or time.
    func written(since earlier: TreeSnapshot) -> Set<String> {
        Set(identities.keys.filter { earlier.identities[$0] != identities[$0] })
    }

    /// Files of this tree whose bytes are not `earlier`'s: new or changed.
    func changed(since earlier: TreeSnapshot) -> Set<String> {
        Set(bytes.keys.filter { earlier.bytes[$0] != bytes[$0] })
    }
}
