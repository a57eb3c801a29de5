import Foundation
import SitegenLoad
import SitegenModel

/// A throw-away content folder built from strings, for loader tests.
struct TemporaryContent {
    let root: URL

    /// `files` are other files of the content folder, by relative path (`authors/ann-lee.md`).
    init(siteYAML: String = "title: Test\ncaptureYear: 2026\n", profiles: [String: String], files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-load-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("profiles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(siteYAML.utf8).write(to: root.appendingPathComponent("site.yml"))
        for (name, text) in profiles {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func load() throws -> Site {
        defer { try? FileManager.default.removeItem(at: root) }
        return try SiteLoader(contentDirectory: root, displayRoot: "Content").load()
    }
}
