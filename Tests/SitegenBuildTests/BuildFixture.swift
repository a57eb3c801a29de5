import Foundation
import SitegenBuild

/// Paths of the repository, and scratch folders for builds under test.
enum BuildFixture {
    /// The package root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = repository.appendingPathComponent("Content")
    static let templates = repository.appendingPathComponent("Templates")

    /// A new empty scratch folder; the caller removes it.
    static func scratch() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-write-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Builds `content` with the real templates into `output`.
    static func build(content: URL = content, templates: URL? = templates, into output: URL, baseURL: String? = nil,
                      force: Bool = false, keepsSpare: Bool = true) throws -> BuildSummary {
        try SiteBuilder(options: BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output,
                                              baseURL: baseURL, force: force, keepsSpare: keepsSpare)).build()
    }

    /// Every regular file below `root`, as relative paths, sorted.
    static func files(in root: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])!
        var paths: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            paths.append(String(url.resolvingSymlinksInPath().path.dropFirst(root.resolvingSymlinksInPath().path.count + 1)))
        }
        return paths.sorted()
    }

    static func text(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
}
