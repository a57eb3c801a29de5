import Foundation

/// The repository's content and templates, and scratch copies of the content to build.
enum TrustFixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = repository.appendingPathComponent("Content")
    static let templates = repository.appendingPathComponent("Templates")

    /// A new empty scratch folder; the caller removes it.
    static func scratch(_ label: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-\(label)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of `Content/` at `destination`; with `title`, its site title replaced, so every
    /// page of its site differs from the original's.
    static func copyContent(to destination: URL, title: String? = nil) throws {
        try FileManager.default.copyItem(at: content, to: destination)
        guard let title else { return }
        let settings = destination.appendingPathComponent("site.yml")
        let lines = try String(contentsOf: settings, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let retitled = lines.map { $0.hasPrefix("title:") ? "title: \(title)" : String($0) }
        try Data(retitled.joined(separator: "\n").utf8).write(to: settings)
    }

    /// Names in `folder` other than `expected`: litter a build left behind.
    static func litter(in folder: URL, expected: Set<String>) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !expected.contains($0) }.sorted()
    }
}
