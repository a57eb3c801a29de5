import Foundation
import SitegenSupport
#if canImport(Glibc)
import Glibc
#endif

/// Makes a folder and the folders above it that are missing (`mkdir -p`), with the system's
/// reason when it cannot: Foundation's `createDirectory` gives none when a component on the
/// way is a file ("The operation could not be completed").
public enum Folders {
    /// Makes `url`'s folder and every missing one above it; throws the reason and the folder at fault.
    public static func make(_ url: URL) throws(Failure) {
        var path = ""
        for component in url.standardizedFileURL.path.split(separator: "/") {
            path += "/" + component
            guard mkdir(path, 0o755) != 0 else { continue }
            var info = stat()
            let failure = errno
            guard failure == EEXIST, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                throw Failure(path: path, reason: SystemReason(code: failure == EEXIST ? ENOTDIR : failure))
            }
        }
    }

    /// The folder that could not be made, and why.
    public struct Failure: Error {
        public var path: String
        public var reason: SystemReason
    }
}
