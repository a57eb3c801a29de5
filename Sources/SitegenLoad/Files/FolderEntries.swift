import Foundation
import SitegenModel
import SitegenSupport
#if canImport(Glibc)
import Glibc
#endif

/// One folder's entries as `readdir` gives them, `.` and `..` left out: each name as bytes
/// (a name need not be UTF-8), and what the entry is, without following a symbolic link.
/// Entry types come from `readdir` (no `stat` per file); a folder is also `stat`ed for its identity.
public struct FolderEntries {
    /// What an entry is.
    public enum Kind: Equatable, Sendable {
        case file, folder, link
        /// A named pipe, socket or device, in words.
        case other(String)
    }

    /// One entry.
    public struct Entry: Sendable {
        /// The name, nil when it is not valid UTF-8.
        public var name: String?
        /// The name for messages: any byte that is not UTF-8 as `\xNN`, control characters escaped.
        public var display: String
        public var kind: Kind
        /// A folder's device and inode, to know it whatever path leads to it.
        public var identity: FileIdentity?
    }

    /// The entries of the folder at `path` (read through a link there), in `readdir`'s order.
    public static func list(_ path: String) throws(SystemReason) -> [Entry] {
        guard let folder = opendir(path) else { throw .current }
        defer { closedir(folder) }
        let descriptor = dirfd(folder)
        var entries: [Entry] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { throw .current }
                return entries
            }
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard bytes != [0x2E], bytes != [0x2E, 0x2E] else { continue }
            let name = bytes.map { CChar(bitPattern: $0) } + [0]
            var kind = kind(of: entry.pointee.d_type)
            var identity: FileIdentity?
            if kind == nil || kind == .folder {
                // Entry types are not known on every file system; folders need their identity.
                var info = stat()
                guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                kind = self.kind(of: info.st_mode)
                identity = FileIdentity(info)
            }
            entries.append(Entry(name: String(validating: bytes, as: UTF8.self), display: PrintableText.name(bytes),
                                 kind: kind ?? .file, identity: identity))
        }
    }

    /// The kind `readdir` gives, nil when it does not know.
    private static func kind(of type: UInt8) -> Kind? {
        switch Int(type) {
        case DT_REG: .file
        case DT_DIR: .folder
        case DT_LNK: .link
        case DT_FIFO: .other("a named pipe")
        case DT_SOCK: .other("a socket")
        case DT_CHR, DT_BLK: .other("a device")
        default: nil
        }
    }

    private static func kind(of mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFREG: .file
        case S_IFDIR: .folder
        case S_IFLNK: .link
        case S_IFIFO: .other("a named pipe")
        case S_IFSOCK: .other("a socket")
        default: .other("a device")
        }
    }
}

/// A file's device and inode: which file it is, whatever path leads to it.
public struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// The identity of what `path` names (a link followed), nil when nothing is there.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }
}
