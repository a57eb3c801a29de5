import Foundation
import SitegenSupport
#if canImport(Glibc)
import Glibc
#endif

/// Open descriptors of the folders from a tree's root down to the folder the last file went
/// into. Files arrive folder by folder (a page, then its companions), so each file is opened
/// relative to its folder with one short `openat`, and a folder is made or checked once per
/// visit, not once per file.
///
/// Every folder is opened relative to its parent with `O_NOFOLLOW`, so a symbolic link below the
/// root (put into an output by hand, then left in the spare) is never followed. A file where a
/// folder must be (the previous site had a file there) is replaced by a folder; a link there is
/// refused (`LinkedFolder`): replacing it would drop the files the spare manifest says are below it.
struct FolderChain {
    private static let folderFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
    private let root: Int32
    /// The tree started empty: a folder not open yet is most likely missing, so it is made
    /// before it is opened (saving a failed `openat` per folder).
    private let foldersAreNew: Bool
    /// False for a tree only read from (the live site, files are linked from): a missing folder
    /// is an error, never made, and nothing stale is replaced.
    private let makesFolders: Bool
    /// The open folders below the root, outermost first.
    private var names: [String] = []
    private var descriptors: [Int32] = []
    /// The path of the innermost open folder (`a/b`), nil while the chain changes.
    private var path: String? = ""

    /// Opens the tree at `root`, which must be a folder.
    init(root: String, foldersAreNew: Bool, makesFolders: Bool = true) throws {
        self.root = open(root, Self.folderFlags)
        self.foldersAreNew = foldersAreNew
        self.makesFolders = makesFolders
        guard self.root >= 0 else { throw SystemReason.current }
    }

    /// The descriptor of the folder at `folderPath` (relative, `""` for the root), made where
    /// missing unless `making` is false (then a missing folder is an error). It stays open until
    /// another folder is asked for, or `closeAll`.
    mutating func descriptor(of folderPath: Substring, making: Bool = true) throws -> Int32 {
        guard path.map({ folderPath == $0 }) != true else { return descriptors.last ?? root }
        path = nil
        let components = folderPath.utf8.split(separator: UInt8(ascii: "/"))  // bytes: splitting `Character`s costs more
        var kept = 0
        while kept < min(names.count, components.count), names[kept].utf8.elementsEqual(components[kept]) { kept += 1 }
        closeFolders(from: kept)
        for component in components[kept...] {
            let name = String(decoding: component, as: UTF8.self)
            descriptors.append(try openOrMake(name, in: descriptors.last ?? root, making: making))
            names.append(name)
        }
        path = String(folderPath)
        return descriptors.last ?? root
    }

    /// Closes every folder, the root included.
    mutating func closeAll() {
        closeFolders(from: 0)
        close(root)
    }

    private mutating func closeFolders(from depth: Int) {
        descriptors[depth...].forEach { close($0) }
        descriptors.removeSubrange(depth...)
        names.removeSubrange(depth...)
    }

    /// Opens the folder `name` in `parent`, making it first (when `making`) when it is missing or
    /// when a file stands in its place.
    private func openOrMake(_ name: String, in parent: Int32, making: Bool) throws -> Int32 {
        let making = making && makesFolders
        if making, foldersAreNew, mkdirat(parent, name, 0o755) == 0 {
            return try SystemReason.check(openat(parent, name, Self.folderFlags))
        }
        let descriptor = openat(parent, name, Self.folderFlags)
        if descriptor >= 0 { return descriptor }
        guard making else { throw SystemReason.current }
        switch errno {
        case ENOENT: break
        case ENOTDIR:
            var entry = stat()
            guard fstatat(parent, name, &entry, AT_SYMLINK_NOFOLLOW) == 0 else { throw SystemReason.current }
            guard entry.st_mode & S_IFMT != S_IFLNK else { throw LinkedFolder(name: name) }
            guard unlinkat(parent, name, 0) == 0 else { throw SystemReason.current }
        default: throw SystemReason.current
        }
        guard mkdirat(parent, name, 0o755) == 0 else { throw SystemReason.current }
        return try SystemReason.check(openat(parent, name, Self.folderFlags))
    }
}

/// A symbolic link where a folder of the site goes, in a tree taken from the spare: it is not
/// followed, and the build stops (its staging tree, the spare, is deleted, so the next build
/// writes every file afresh).
struct LinkedFolder: LocalizedError {
    let name: String

    var errorDescription: String? {
        "\(name) is a symbolic link where a folder goes; it is not followed (building again writes the site afresh)"
    }
}
