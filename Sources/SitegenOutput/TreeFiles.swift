import Foundation
import SitegenSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `write(2)`, out of reach of the methods of the same name.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

/// File operations inside one tree being built, with plain system calls relative to its open
/// folders (`FolderChain`): an `openat`, a `write` and a `close` per file written, folders made
/// only when missing, and no temporary file or fsync (`Data.write` does both): the whole tree
/// is swapped in at the end, which is what makes the output appear at once.
///
/// A tree updated from a spare may hold a file where the new site needs a folder, or the other
/// way round, or a symbolic link someone put in the output by hand; the stale entry is removed
/// when it is in the way, and a link is never written through.
public final class TreeFiles {
    private static let writeFlags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW
    let root: String
    private var folders: FolderChain

    /// Whether files may be in the tree already (it started as the spare, or files of the live
    /// site are linked into it): a file is then unlinked before it is written, never rewritten in
    /// place, because it may be a hard link to the same file in the live site.
    private let replacesFiles: Bool

    /// Opens the folder at `root`; `startsEmpty` when it was just made, so folders are made
    /// before they are looked for; `replacesFiles` unless nothing will be in the way of a write.
    public init(root: String, startsEmpty: Bool, replacesFiles: Bool) throws {
        self.root = root
        self.replacesFiles = replacesFiles
        folders = try FolderChain(root: root, foldersAreNew: startsEmpty)
    }

    /// Opens the tree at `root` only to link its files into another (`link(_:from:)`): folders
    /// are opened, never made, and a symbolic link where a folder is is not followed.
    init(linkingFrom root: String) throws {
        self.root = root
        replacesFiles = false
        folders = try FolderChain(root: root, foldersAreNew: false, makesFolders: false)
    }

    deinit {
        folders.closeAll()
    }

    /// Whether `relativePath` names an entry inside a tree: relative, no empty, `.` or `..`
    /// component, no NUL. Every path written or removed is checked with it.
    static func staysInside(_ relativePath: String) -> Bool {
        // One pass over the bytes, no component made (manifests check every path they read).
        var componentLength = 0
        var dots = 0
        for byte in relativePath.utf8 {
            switch byte {
            case UInt8(ascii: "/"):
                guard componentLength > 0, dots != componentLength || dots > 2 else { return false }
                (componentLength, dots) = (0, 0)
            case 0:
                return false
            default:
                componentLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return componentLength > 0 && (dots != componentLength || dots > 2)
    }

    /// Creates or truncates the file at `relativePath` and writes `bytes`.
    public func write(_ bytes: [UInt8], to relativePath: String) throws {
        let descriptor = try openFile(relativePath, flags: Self.writeFlags)
        defer { close(descriptor) }
        try Self.write(bytes, to: descriptor)
    }

    /// Creates or truncates the file at `relativePath`, then lets `fill` write to it in parts
    /// (each call of the function it is given writes one part).
    func write(to relativePath: String, _ fill: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
        let descriptor = try openFile(relativePath, flags: Self.writeFlags)
        defer { close(descriptor) }
        try fill { try Self.write($0, to: descriptor) }
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw SystemReason.current }
            offset += written
        }
    }

    /// Renames the file `relativePath` to `newName` in the same folder, replacing what is there
    /// (a folder in the way is removed first, as when writing).
    func rename(_ relativePath: String, to newName: String) throws {
        let (folder, name) = try location(of: relativePath[...])
        let slash = relativePath.lastIndex(of: "/")
        let renamed = { name.withCString { from in newName.withCString { to in renameat(folder, from, folder, to) } } }
        guard renamed() < 0 else { return }
        guard errno == EISDIR || errno == ENOTEMPTY || errno == EEXIST else { throw SystemReason.current }
        let target = slash.map { String(relativePath[...$0]) + newName } ?? newName
        try FileManager.default.removeItem(atPath: root + "/" + target)
        _ = try SystemReason.check(renamed())
    }

    /// Puts at `relativePath` a hard link to the file at the same path in `source` (the live site,
    /// on the same file system), replacing a file that is there. Neither tree's folders are
    /// followed through symbolic links, and a link at the source path is linked, not followed.
    func link(_ relativePath: String, from source: TreeFiles) throws {
        let (sourceFolder, sourceName) = try source.location(of: relativePath[...])
        let (folder, name) = try location(of: relativePath[...])
        let linked = { sourceName.withCString { from in name.withCString { linkat(sourceFolder, from, folder, $0, 0) } } }
        guard linked() < 0 else { return }
        guard errno == EEXIST else { throw SystemReason.current }
        _ = name.withCString { unlinkat(folder, $0, 0) }
        _ = try SystemReason.check(linked())
    }

    /// Whether a regular file is at `relativePath`, reached without following a symbolic link.
    func holdsFile(_ relativePath: String) -> Bool {
        guard let (folder, name) = try? location(of: relativePath[...], makingFolders: false) else { return false }
        var info = stat()
        return name.withCString { fstatat(folder, $0, &info, AT_SYMLINK_NOFOLLOW) } == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Whether the tree's file system makes hard links (FAT and some network file systems do not):
    /// a file made at the root, linked, and both removed.
    func hasHardLinks() -> Bool {
        guard let root = try? folders.descriptor(of: "", making: false) else { return false }
        let (probe, link) = (".sitegen-link-probe", ".sitegen-link-probe-linked")
        let descriptor = openat(root, probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        close(descriptor)
        defer {
            unlinkat(root, probe, 0)
            unlinkat(root, link, 0)
        }
        return linkat(root, probe, root, link, 0) == 0
    }

    /// The open folder `relativePath` is in (made when missing, if `makingFolders` and the tree
    /// is not only linked from) and its last component.
    private func location(of relativePath: Substring, makingFolders: Bool = true) throws -> (folder: Int32, name: Substring) {
        let slash = relativePath.lastIndex(of: "/")
        let folder = try folders.descriptor(of: slash.map { relativePath[..<$0] } ?? "", making: makingFolders)
        return (folder, slash.map { relativePath[relativePath.index(after: $0)...] } ?? relativePath[...])
    }

    /// Creates an empty file at `relativePath` unless one is there, leaving an existing one untouched.
    func create(_ relativePath: String) throws {
        close(try openFile(relativePath, flags: O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW))
    }

    /// Deletes `relativePaths`, then every folder that leaves empty (not the root), through the
    /// tree's own folders. A symbolic link where a folder is (put into an output by hand, then
    /// left in the spare) is not followed: the link itself is deleted, what it points to stays.
    /// Best effort: an entry already gone or a folder still holding files is no failure.
    func remove(_ relativePaths: some Sequence<String>) {
        for relative in relativePaths {
            var entry = Substring(relative)
            var flags: Int32 = 0
            while true {
                // Asking for an entry's folder closes the folders below it, the entry among them.
                guard let (folder, name) = try? location(of: entry, makingFolders: false) else {
                    removeLinkedFolder(on: entry)
                    break
                }
                guard name.withCString({ unlinkat(folder, $0, flags) }) == 0, let slash = entry.lastIndex(of: "/") else { break }
                entry = entry[..<slash]
                flags = AT_REMOVEDIR
            }
        }
    }

    /// Deletes the first folder on the way to `relativePath` that is a symbolic link (the link).
    /// The build wrote nothing below it, or it would have stopped (`LinkedFolder`).
    private func removeLinkedFolder(on relativePath: Substring) {
        var next = relativePath.startIndex
        while let slash = relativePath[next...].firstIndex(of: "/") {
            guard let (parent, name) = try? location(of: relativePath[..<slash], makingFolders: false) else { return }
            var entry = stat()
            if name.withCString({ fstatat(parent, $0, &entry, AT_SYMLINK_NOFOLLOW) }) == 0, entry.st_mode & S_IFMT == S_IFLNK {
                _ = name.withCString { unlinkat(parent, $0, 0) }
                return
            }
            next = relativePath.index(after: slash)
        }
    }

    /// Opens the file at `relativePath` with `flags`, in its folder, made when missing; a
    /// folder or a symbolic link (`O_NOFOLLOW`) where the file goes is removed, not followed.
    private func openFile(_ relativePath: String, flags: Int32) throws -> Int32 {
        let (folder, name) = try location(of: relativePath[...])
        if replacesFiles && flags & O_TRUNC != 0 {
            _ = name.withCString { unlinkat(folder, $0, 0) }
        }
        let descriptor = name.withCString { openat(folder, $0, flags, 0o644) }
        guard descriptor < 0, errno == EISDIR || errno == ELOOP else { return try SystemReason.check(descriptor) }
        try FileManager.default.removeItem(atPath: root + "/" + relativePath)
        return try SystemReason.check(name.withCString { openat(folder, $0, flags, 0o644) })
    }
}
