import Foundation
import SitegenModel
#if canImport(Glibc)
import Glibc
#endif

/// Why a build stopped without touching the previous output.
public enum BuildError: Error, CustomStringConvertible {
    /// The content could not be loaded at all.
    case content(Diagnostic)
    /// The templates are missing or invalid.
    case templates(String)
    /// The output directory is one sitegen must never replace.
    case unsafeOutput(path: String, reason: String)
    /// Reading or writing files failed.
    case io(path: String, reason: String)
    /// Another build is writing the same output right now (`holder` is its pid, when known).
    case busy(output: String, holder: Int32?)
    /// A rendered file asked for a path outside the output directory.
    case escapingPath(String)

    public var description: String {
        switch self {
        case .content(let diagnostic): diagnostic.description
        case .templates(let message): "template error: \(message)"
        case .unsafeOutput(let path, let reason): "\(path): error: refusing to write the site here: \(reason)"
        case .io(let path, let reason): "\(path): error: \(reason)"
        case .busy(let output, let holder):
            "\(output): error: another sitegen build\(holder.map { " (pid \($0))" } ?? "") is writing this output; "
                + "try again when it has finished"
        case .escapingPath(let path): "error: a page asked to be written outside the output directory: \(path)"
        }
    }

    /// The system's words for a failure (`No space left on device`), not Foundation's wrapper.
    static func reason(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(underlying.code))) }
        return error.localizedDescription
    }
}
