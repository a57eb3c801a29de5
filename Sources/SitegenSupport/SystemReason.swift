import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a file or folder could not be read or written, in the system's plain words (`Permission
/// denied`, `Too many levels of symbolic links`), never Foundation's "The operation could not be
/// completed".
public struct SystemReason: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String

    /// The reason the `errno` value `code` gives.
    public init(code: Int32) {
        description = String(cString: strerror(code))
    }

    /// A reason the system has no code for.
    init(_ words: String) {
        description = words
    }

    /// The reason `errno` gives now.
    public static var current: SystemReason { SystemReason(code: errno) }

    /// `result` when a system call succeeded (not negative: a descriptor), else the reason `errno` gives.
    public static func check(_ result: Int32) throws(SystemReason) -> Int32 {
        guard result >= 0 else { throw current }
        return result
    }

    /// The system's words for `error`, whether a system call's or Foundation's (which wraps the
    /// system's error, or names a file error by a code of its own).
    public static func describing(_ error: any Error) -> String {
        if let reason = error as? SystemReason { return reason.description }
        if let posix = error as? POSIXError { return SystemReason(code: posix.code.rawValue).description }
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return SystemReason(code: Int32(error.code)).description }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return SystemReason(code: Int32(underlying.code)).description
        }
        if error.domain == NSCocoaErrorDomain, let code = cocoaCodes[error.code] { return SystemReason(code: code).description }
        let text = error.localizedDescription
        let wrapper = "The operation could not be completed."
        return text.hasPrefix(wrapper) ? String(text.dropFirst(wrapper.count)).trimmingCharacters(in: .whitespaces) : text
    }

    /// Foundation's own file error codes, by the system error each stands for.
    private static let cocoaCodes: [Int: Int32] = [
        CocoaError.fileNoSuchFile.rawValue: ENOENT, CocoaError.fileReadNoSuchFile.rawValue: ENOENT,
        CocoaError.fileReadNoPermission.rawValue: EACCES, CocoaError.fileWriteNoPermission.rawValue: EACCES,
        CocoaError.fileWriteFileExists.rawValue: EEXIST, CocoaError.fileWriteOutOfSpace.rawValue: ENOSPC,
        CocoaError.fileWriteVolumeReadOnly.rawValue: EROFS, CocoaError.fileReadTooLarge.rawValue: EFBIG,
    ]
}
