import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// File operations inside a tree being built, with plain system calls: one `open` per file
/// written, folders made only when missing, and no temporary file or fsync (`Data.write` does
/// both): the whole tree is swapped in at the end, which is what makes the output appear at once.
///
/// A tree updated from a spare may hold a file where the new site needs a folder, or the other
/// way round, or a symbolic link someone put in the output by hand; the stale entry is removed
/// when it is in the way, and a link is never written through.
enum TreeFiles {
    private static let writeFlags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW

    /// Whether `relativePath` names an entry inside a tree: relative, no empty, `.` or `..`
    /// component, no NUL. Every path written or removed is checked with it.
    static func staysInside(_ relativePath: String) -> Bool {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        return !relativePath.hasPrefix("/") && !components.isEmpty
            && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") }
    }

    /// Creates or truncates the file at `path` (below `root`) and writes `bytes`.
    static func write(_ bytes: [UInt8], at path: String, below root: String) throws {
        var descriptor = open(path, writeFlags, 0o644)
        if descriptor < 0 && (errno == ENOENT || errno == ENOTDIR) {
            try makeFolders(above: path, below: root)
            descriptor = open(path, writeFlags, 0o644)
        } else if descriptor < 0 && (errno == EISDIR || errno == ELOOP) {
            // A folder, or a symbolic link (`O_NOFOLLOW`), where the file goes: removed, not followed.
            try FileManager.default.removeItem(atPath: path)
            descriptor = open(path, writeFlags, 0o644)
        }
        guard descriptor >= 0 else { throw posixError() }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw posixError() }
            offset += written
        }
    }

    /// Creates an empty file at `path` unless one is there, leaving an existing one untouched.
    static func create(_ path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw posixError() }
        close(descriptor)
    }

    /// Deletes `relativePaths` below `root`, then every folder that leaves empty (not `root`).
    /// Best effort: an entry already gone or a folder still holding files is no failure.
    static func remove(_ relativePaths: some Sequence<String>, below root: String) {
        for relative in relativePaths {
            guard unlink(root + "/" + relative) == 0 else { continue }
            var folder = Substring(relative)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard rmdir(root + "/" + folder) == 0 else { break }
            }
        }
    }

    /// Makes every folder between `root` and the file at `path`, replacing a file that stands
    /// where a folder must be.
    private static func makeFolders(above path: String, below root: String) throws {
        var folder = root
        for component in path.dropFirst(root.count + 1).split(separator: "/").dropLast() {
            folder += "/" + component
            if mkdir(folder, 0o755) == 0 { continue }
            guard errno == EEXIST else { throw posixError() }
            var info = stat()
            guard lstat(folder, &info) == 0 else { throw posixError() }
            if info.st_mode & S_IFMT != S_IFDIR {
                guard unlink(folder) == 0, mkdir(folder, 0o755) == 0 else { throw posixError() }
            }
        }
    }

    private static func posixError() -> POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
}
