import Foundation
import SitegenCheck
import SitegenBuild
import SitegenModel
import Testing

/// The repository's own `Content/`, built with `Templates/`, passes the check; so would a CI gate.
@Suite struct BuiltSiteTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Without a base URL (no sitemap), and under a subpath (a sitemap, no robots.txt).
    @Test(arguments: [nil, "https://example.org/lab/"])
    func theRepositorySitePasses(baseURL: String?) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Site")
        _ = try SiteBuilder(options: BuildOptions(contentDirectory: Self.repository.appendingPathComponent("Content"),
                                                  templatesDirectory: Self.repository.appendingPathComponent("Templates"),
                                                  outputDirectory: output, baseURL: baseURL)).build()
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("sitemap.xml").path) == (baseURL != nil))
        let report = try SiteChecker(output: output).check()
        #expect(report.findings.map(\.description) == [])
        #expect(report.pages > 100)
    }

    /// `outputs:` in `site.yml`: the build writes the families listed and HTML, nothing else, and no
    /// page links to what was not written (the check passes whatever the choice).
    @Test(arguments: [[], [.feeds], [.citations], [.bulk], [.api], [.search], [.sitemap], [.llms],
                      [.citations, .feeds], [.bulk, .api], OutputFamily.allCases] as [[OutputFamily]])
    func eachChoiceOfOutputsWritesThoseFamiliesAndPassesTheCheck(outputs: [OutputFamily]) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-outputs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let content = scratch.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Content"), to: content)
        let settings = content.appendingPathComponent("site.yml")
        let yaml = try String(contentsOf: settings, encoding: .utf8)
            + "\noutputs: [\(outputs.map(\.rawValue).joined(separator: ", "))]\n"
        try yaml.write(to: settings, atomically: true, encoding: .utf8)
        let output = scratch.appendingPathComponent("Site")
        _ = try SiteBuilder(options: BuildOptions(contentDirectory: content,
                                                  templatesDirectory: Self.repository.appendingPathComponent("Templates"),
                                                  outputDirectory: output, baseURL: "https://example.org/")).build()
        let files = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { path in
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path, isDirectory: &isFolder)
            return !isFolder.boolValue && !path.hasPrefix(".sitegen")
        }
        let written = Set(files.map(Self.family))
        #expect(written == Set(outputs + [.html]), "\(written.sorted())")
        // Every link and form of every page leads to a family that was written (the check
        // follows links; this reads forms too, and says which family a stray link belongs to).
        let linked = try files.filter { $0.hasSuffix(".html") }.flatMap { page in
            try Self.targets(in: String(contentsOf: output.appendingPathComponent(page), encoding: .utf8))
        }
        let strays = linked.filter { !$0.contains("://") && !written.contains(Self.family(of: $0)) }
        #expect(strays.isEmpty, "links to files not written: \(Set(strays).sorted().prefix(5))")
        let report = try SiteChecker(output: output).check()
        #expect(report.findings.map(\.description) == [])
        #expect(report.pages > 100)
    }

    /// The `href`, `src` and `action` values of `html`, without `../` steps, query or fragment.
    static func targets(in html: String) -> [String] {
        html.matches(of: /(?:href|src|action)="([^"#?]*)/).map { match in
            var target = String(match.output.1)
            while target.hasPrefix("../") { target.removeFirst(3) }
            return target
        }
    }

    /// The output family a file of the built site belongs to, by its path.
    static func family(of path: String) -> OutputFamily {
        let name = (path as NSString).lastPathComponent
        if name == "feed.xml" { return .feeds }
        if name.hasPrefix("cite.") && !path.hasPrefix("assets/") { return .citations }
        if name.hasPrefix("publications.") { return .bulk }
        if path.hasPrefix("api/") { return .api }
        if path.hasPrefix("search/") { return .search }
        if path.hasPrefix("sitemap") || path == "robots.txt" { return .sitemap }
        if path == "llms.txt" { return .llms }
        return .html
    }
}
