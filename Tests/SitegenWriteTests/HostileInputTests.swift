import Foundation
import SitegenWrite
import Testing

/// Strings from profile files are untrusted: they come out escaped and never write outside the output.
@Suite struct HostileInputTests {
    static let hostilePage = """
    Eve <script>alert(1)</script>
    CL
    3 Papers
    CLJan 1, 2020
    <script>alert(1)</script>
    Eve Hacker, Mallory "><img src=x onerror=alert(2)> et al. · <b>org</b>
    Raw <iframe src="javascript:alert(3)"></iframe> and a [link](javascript:alert(4)) and <b onclick="alert(5)">bold</b>.
    CLJan 2, 2020
    ../../../../etc/passwd
    Eve Hacker, Bob Smith
    {{#papers}}{{title}}{{/papers}} must stay literal.
    CLJan 3, 2020
    CON
    Eve Hacker
    Normal abstract.
    """

    @Test func hostileEntriesComeOutEscaped() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("profiles"), withIntermediateDirectories: true)
        try Data("title: Test\ncaptureYear: 2026\n".utf8).write(to: content.appendingPathComponent("site.yml"))
        try Data(Self.hostilePage.utf8).write(to: content.appendingPathComponent("profiles/evil.txt"))
        let output = root.appendingPathComponent("Site")
        let summary = try BuildFixture.build(content: content, into: output)
        #expect(summary.papers == 3)
        let files = BuildFixture.files(in: output)
        #expect(files.allSatisfy { !$0.contains("..") })
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("etc").path))
        for file in files where file.hasSuffix(".html") {
            let html = try BuildFixture.text(output, file)
            #expect(!html.contains("<script>alert"), "\(file) has a live script")
            #expect(!html.contains("<iframe"), "\(file) has a live iframe")
            #expect(!html.contains("<img src=x"), "\(file) has a live img")
            #expect(!html.contains("onclick=\"alert"), "\(file) has a live handler")
            #expect(!html.contains("href=\"javascript:"), "\(file) has a javascript: link")
        }
        let papers = try BuildFixture.text(output, "papers/index.html")
        #expect(papers.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let passwd = files.first { $0.hasPrefix("papers/etc-passwd") }
        #expect(passwd != nil, "a path-like title gets a safe slug: \(files)")
        let mustache = try #require(files.first { $0.hasPrefix("papers/etc-passwd") && $0.hasSuffix("/index.html") }.map { try BuildFixture.text(output, $0) })
        #expect(mustache.contains("{{#papers}}"), "Mustache tags in content are never evaluated")
    }
}
