import Foundation
import SitegenCheck
import SitegenBuild
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
}
