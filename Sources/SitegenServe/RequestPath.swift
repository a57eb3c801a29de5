import Foundation

/// The path of a request target, decoded and split into segments, or refused.
///
/// Refused: targets not starting with `/`, `.` or `..` segments (also percent-encoded, such as
/// `%2e%2e`), encoded slashes and backslashes (`%2f`, `%5c`), NUL bytes, and invalid
/// percent-encoding. The query and fragment are dropped.
enum RequestPath: Equatable {
    /// Decoded segments, without empty ones; `trailingSlash` when the path names a folder (`/papers/`).
    case segments([String], trailingSlash: Bool)
    /// A target that cannot name a file of the site and tries to escape it or hide a separator.
    case refused

    init(target: String) {
        let raw = target.prefix { $0 != "?" && $0 != "#" }
        let lowered = raw.lowercased()
        guard raw.hasPrefix("/"), !["%2f", "%5c", "%00"].contains(where: lowered.contains),
              let decoded = String(raw).removingPercentEncoding,
              !decoded.contains("\\"), !decoded.contains("\0") else {
            self = .refused
            return
        }
        let parts = decoded.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == "." || $0 == ".." }) else {
            self = .refused
            return
        }
        self = .segments(parts, trailingSlash: decoded.hasSuffix("/"))
    }
}
