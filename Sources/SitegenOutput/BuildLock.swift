import Foundation
import SitegenSupport
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on one output directory, so two builds never write it at once.
///
/// The lock is `flock(2)` on `.<name>.lock` beside the output; the kernel releases it when the
/// process ends, however it ends, so a killed build never leaves the output locked. The file
/// holds the owner's pid for the refusal message and is removed on release. Because a released
/// lock file is unlinked, a waiter may lock a file that is already gone; it then checks that the
/// file it locked is still the one at the path, and tries again if not.
public final class BuildLock {
    let path: String
    private let descriptor: Int32

    /// Takes the lock or throws `OutputError.busy` at once if another build holds it.
    public init(output: URL) throws(OutputError) {
        let parent = output.deletingLastPathComponent()
        path = parent.appendingPathComponent(Self.name(of: output)).path
        do {
            try Folders.make(parent)
        } catch {
            throw .io(path: error.path, reason: "cannot create the folder of the output: \(error.reason)")
        }
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw .io(path: path, reason: "cannot create the build lock: \(SystemReason.current)")
            }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let failure = errno
                let holder = Self.holder(descriptor)
                close(descriptor)
                if failure == EWOULDBLOCK { throw .busy(output: output.path, holder: holder) }
                throw .io(path: path, reason: "cannot take the build lock: \(SystemReason(code: failure))")
            }
            if Self.isCurrent(descriptor, path: path) {
                self.descriptor = descriptor
                break
            }
            close(descriptor)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// The lock file's name, beside `output`.
    public static func name(of output: URL) -> String {
        ".\(output.lastPathComponent).lock"
    }

    /// Removes the lock file, then releases the lock (in that order, so no one locks a file
    /// that is about to disappear without noticing).
    public func release() {
        unlink(path)
        close(descriptor)
    }

    /// Whether the locked descriptor is still the file at `path` (not one unlinked meanwhile).
    private static func isCurrent(_ descriptor: Int32, path: String) -> Bool {
        var locked = stat()
        var named = stat()
        return fstat(descriptor, &locked) == 0 && stat(path, &named) == 0
            && locked.st_dev == named.st_dev && locked.st_ino == named.st_ino
    }

    /// The pid the current holder wrote, if readable.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
