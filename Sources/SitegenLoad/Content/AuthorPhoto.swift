import Foundation
import SitegenModel

/// Reads an author file's `photo:` (README, "Content"): an http(s) URL is kept as it is; a path
/// (`me.jpg`, `/people/me.jpg`, `static/me.jpg`) names a file of `Content/static/` and is kept as
/// its path from the site root, where the build copies it. Any other scheme, a path leaving
/// `Content/static/` or a file that is not there is a warning naming the line, and no photo.
struct AuthorPhoto {
    /// `Content/static/`.
    let staticDirectory: URL
    /// How warnings name that folder (`Content/static`).
    let displayStatic: String

    /// The photo `value` gives, or nil with a warning for `file`:`line`.
    func resolve(_ value: String, file: String, line: Int?, diagnostics: inout [Diagnostic]) -> String? {
        let lower = value.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return value }
        func refuse(_ reason: String) -> String? {
            diagnostics.append(Diagnostic(.warning, file: file, line: line, "`photo`: \(reason); photo left out"))
            return nil
        }
        let path = value.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        if value.hasPrefix("//") || path.first?.contains(":") == true {
            return refuse("expected an http(s) URL or a path under \(displayStatic)/, got `\(value)`")
        }
        guard !path.contains(".."), !value.contains("\\") else {
            return refuse("expected a path inside \(displayStatic)/, got `\(value)`")
        }
        let parts = path.first == "static" && path.count > 1 ? path.dropFirst() : path[...]
        guard !parts.isEmpty, isFile(parts.map(String.init)) else {
            return refuse("no file `\(parts.joined(separator: "/"))` in \(displayStatic)/")
        }
        return parts.joined(separator: "/")
    }

    /// Whether `parts` lead from `staticDirectory` to a regular file through folders, none of them
    /// a symbolic link: what the build copies into the site.
    private func isFile(_ parts: [String]) -> Bool {
        var url = staticDirectory
        for (offset, part) in parts.enumerated() {
            url.appendPathComponent(part)
            let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
            guard type == (offset == parts.count - 1 ? .typeRegular : .typeDirectory) else { return false }
        }
        return true
    }
}
