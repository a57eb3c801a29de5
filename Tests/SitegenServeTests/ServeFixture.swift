import Foundation
import SitegenWrite

/// The repository's paths, and scratch copies of its content for servers under test.
enum ServeFixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repository.appendingPathComponent("Templates")

    /// A scratch folder holding a copy of `Content/`; the site is to be written to `Site/` in it.
    static func scratchProject() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Content"), to: folder.appendingPathComponent("Content"))
        return folder
    }

    static func buildOptions(in project: URL) -> BuildOptions {
        BuildOptions(contentDirectory: project.appendingPathComponent("Content"), templatesDirectory: templates,
                     outputDirectory: project.appendingPathComponent("Site"))
    }

    /// Every regular file below `root`, as full paths.
    static func files(under root: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if enumerator?.fileAttributes?[.type] as? FileAttributeType != .typeDirectory { paths.append(root.path + "/" + path) }
        }
        return paths
    }
}
