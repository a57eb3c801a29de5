import Foundation
import SitegenSupport
#if canImport(Glibc)
import Glibc
#endif

/// Exchanges two directory entries in one step: `renameat2(…, RENAME_EXCHANGE)` on Linux.
///
/// Swift cannot call the variadic `syscall(2)`, and the Glibc module does not declare
/// `renameat2`, so the glibc symbol (2.28 and later) is looked up at run time. Where it is
/// missing, or the file system does not support the exchange, `exchange` returns false and the
/// caller falls back to two renames.
enum DirectorySwap {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// `RENAME_EXCHANGE` from `<linux/fs.h>`.
    private static let renameExchange: UInt32 = 1 << 1

    private static let renameAt2: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    /// Swaps `first` and `second`, both existing, atomically. Returns false when the exchange
    /// is not supported here; throws for other failures (permissions, a missing entry).
    static func exchange(_ first: String, _ second: String) throws -> Bool {
        guard let renameAt2 else { return false }
        if renameAt2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 { return true }
        let failure = errno
        if failure == EINVAL || failure == ENOSYS || failure == ENOTSUP { return false }
        throw SystemReason(code: failure)
    }
}
