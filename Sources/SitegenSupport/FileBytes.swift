import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A whole file's bytes, read with plain system calls (`open`, `fstat`, `read`), or the
/// system's reason why not. Only regular files are read: a named pipe would block, a device
/// never end.
public enum FileBytes {
    /// The bytes of the file at `path`; with `followingLinks` false a symbolic link there is
    /// refused rather than read through.
    public static func read(_ path: String, followingLinks: Bool = true) throws(SystemReason) -> [UInt8] {
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followingLinks ? 0 : O_NOFOLLOW)
        let descriptor = try SystemReason.check(open(path, flags))
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .current }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw SystemReason(code: EISDIR)
        case S_IFIFO: throw SystemReason("not a regular file (a named pipe)")
        case S_IFSOCK: throw SystemReason("not a regular file (a socket)")
        default: throw SystemReason("not a regular file (a device)")
        }
        let expected = Int(info.st_size)
        var bytes = try read(descriptor, upTo: expected + 1)
        // A file that grew since `fstat` is read to its end.
        while bytes.count > expected {
            let more = try read(descriptor, upTo: 1 << 16)
            if more.isEmpty { break }
            bytes += more
        }
        return bytes
    }

    /// Up to `count` bytes from `descriptor`, fewer only at the end of the file.
    private static func read(_ descriptor: Int32, upTo count: Int) throws(SystemReason) -> [UInt8] {
        var failure: SystemReason?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in
            filled = 0
            while filled < count {
                let got = Glibc.read(descriptor, buffer.baseAddress! + filled, count - filled)
                if got > 0 {
                    filled += got
                } else if got == 0 || errno != EINTR {
                    if got < 0 { failure = .current }
                    return
                }
            }
        }
        if let failure { throw failure }
        return bytes
    }
}
