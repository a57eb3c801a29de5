import Foundation

/// Finds the file of the output folder a request path names, never one outside it.
///
/// A folder is served through its `index.html`, and `/dir` is redirected to `/dir/` so the
/// site's relative links resolve. Dot-files (`.sitegen-output`) are not served. A symbolic link
/// is followed only when its resolved path stays inside the output folder.
struct SiteFileResolver: Sendable {
    /// What a request path leads to.
    enum Lookup: Equatable {
        case file(String)
        /// Redirect to this absolute path (a folder asked for without its trailing slash).
        case redirect(String)
        case notFound
    }

    let root: URL

    func lookup(_ segments: [String], trailingSlash: Bool) -> Lookup {
        guard !segments.contains(where: { $0.hasPrefix(".") }) else { return .notFound }
        var path = segments.reduce(root.path) { $0 + "/" + $1 }
        if Self.isFolder(path) {
            if !trailingSlash && !segments.isEmpty {
                let encoded = segments.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? $0 }
                return .redirect("/" + encoded.joined(separator: "/") + "/")
            }
            path += "/index.html"
        }
        guard Self.isRegularFile(path), let real = Self.realPath(path), let realRoot = Self.realPath(root.path),
              real.hasPrefix(realRoot + "/") else { return .notFound }
        return .file(path)
    }

    /// The site's `404.html`, when it has one.
    var notFoundPage: String? {
        guard case .file(let path) = lookup(["404.html"], trailingSlash: false) else { return nil }
        return path
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// The path with every symbolic link resolved (`realpath(3)`), or nil if it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
