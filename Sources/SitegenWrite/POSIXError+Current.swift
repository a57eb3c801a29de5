import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The error of a plain system call that failed, from `errno`.
extension POSIXError {
    /// The error `errno` names now.
    static var current: POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }

    /// `result` when it is a descriptor, else the error `errno` names.
    static func check(_ result: Int32) throws -> Int32 {
        guard result >= 0 else { throw current }
        return result
    }
}
