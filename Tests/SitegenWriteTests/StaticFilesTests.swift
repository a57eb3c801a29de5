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

    /// `photo:` as `sitegen new author` says (a path under `Content/static/`): the image is copied and
    /// the author page links it relative to itself, which works under any subpath and from `file://`.
    @Test func anAuthorPhotoFromStaticIsLinkedFromThePage() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: BuildFixture.content, to: content)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("static"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("authors"), withIntermediateDirectories: true)
        try Data("JPEG".utf8).write(to: content.appendingPathComponent("static/arthur.jpg"))
        try Data("---\nphoto: arthur.jpg\n---\n".utf8).write(to: content.appendingPathComponent("authors/arthur-mensch.md"))
        try Data("---\nphoto: /gone.jpg\n---\n".utf8).write(to: content.appendingPathComponent("authors/gael-varoquaux.md"))
        let output = root.appendingPathComponent("Site")
        let summary = try BuildFixture.build(content: content, into: output, baseURL: "https://example.org/~me/lab/")
        #expect(try BuildFixture.text(output, "arthur.jpg") == "JPEG")
        #expect(try BuildFixture.text(output, "authors/arthur-mensch/index.html").contains(#"src="../../arthur.jpg""#))
        #expect(try !BuildFixture.text(output, "authors/gael-varoquaux/index.html").contains("gone.jpg"))
        #expect(summary.diagnostics.map(\.description).contains {
            $0 == "\(content.path)/authors/gael-varoquaux.md:2: warning: `photo`: no file `gone.jpg` in \(content.path)/static/; photo left out"
        })
    }
}
