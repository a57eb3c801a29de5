import Foundation
import SitegenWrite
import Testing

/// `Content/static/` is copied as it is; generated pages win; links are not followed.
@Suite struct StaticFilesTests {
    @Test func staticFilesAreCopiedGeneratedPagesWinLinksAreSkipped() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: BuildFixture.content, to: content)
        let staticFolder = content.appendingPathComponent("static")
        try FileManager.default.createDirectory(at: staticFolder.appendingPathComponent("files"), withIntermediateDirectories: true)
        try Data("%PDF-1.4".utf8).write(to: staticFolder.appendingPathComponent("files/cv.pdf"))
        try Data("not the home page".utf8).write(to: staticFolder.appendingPathComponent("index.html"))
        try FileManager.default.createSymbolicLink(atPath: staticFolder.appendingPathComponent("passwd").path, withDestinationPath: "/etc/passwd")
        let output = root.appendingPathComponent("Site")
        let summary = try BuildFixture.build(content: content, into: output)
        #expect(try BuildFixture.text(output, "files/cv.pdf") == "%PDF-1.4")
        #expect(try BuildFixture.text(output, "index.html") != "not the home page")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("passwd").path))
        let messages = summary.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasSuffix("static/index.html: warning: the site generates this path itself; static file not copied") })
        #expect(messages.contains { $0.hasSuffix("static/passwd: warning: symbolic link not copied") })
    }
}
