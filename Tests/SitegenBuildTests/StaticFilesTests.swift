import Foundation
import SitegenBuild
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `Content/static/` is copied as it is; generated pages win; links are not followed; what is
/// not copied is a warning with the reason.
@Suite struct StaticFilesTests {
    /// A scratch project: a copy of `Content/` with an empty `static/`, and the output path.
    struct Project {
        let root = BuildFixture.scratch()
        var content: URL { root.appendingPathComponent("Content") }
        var staticFolder: URL { content.appendingPathComponent("static") }
        var output: URL { root.appendingPathComponent("Site") }

        init() throws {
            try FileManager.default.copyItem(at: BuildFixture.content, to: content)
            try FileManager.default.createDirectory(at: staticFolder, withIntermediateDirectories: true)
        }

        /// Builds and returns the warnings.
        func build() throws -> [String] {
            try BuildFixture.build(content: content, into: output).diagnostics.map(\.description)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func staticFilesAreCopiedGeneratedPagesWinLinksAreSkipped() throws {
        let project = try Project()
        defer { project.remove() }
        let staticFolder = project.staticFolder
        try FileManager.default.createDirectory(at: staticFolder.appendingPathComponent("files"), withIntermediateDirectories: true)
        try Data("%PDF-1.4".utf8).write(to: staticFolder.appendingPathComponent("files/cv.pdf"))
        try Data("not the home page".utf8).write(to: staticFolder.appendingPathComponent("index.html"))
        try FileManager.default.createSymbolicLink(atPath: staticFolder.appendingPathComponent("passwd").path, withDestinationPath: "/etc/passwd")
        let messages = try project.build()
        #expect(try BuildFixture.text(project.output, "files/cv.pdf") == "%PDF-1.4")
        #expect(try BuildFixture.text(project.output, "index.html") != "not the home page")
        #expect(!FileManager.default.fileExists(atPath: project.output.appendingPathComponent("passwd").path))
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

    /// A named pipe and a name that is not UTF-8 were left out without a word; a name with a
    /// line feed is copied (its warnings, if any, would show it escaped).
    @Test func whatIsNotCopiedIsAWarningWithTheReason() throws {
        let project = try Project()
        defer { project.remove() }
        #expect(mkfifo(project.staticFolder.appendingPathComponent("pipe").path, 0o644) == 0)
        let odd = Array(project.staticFolder.appendingPathComponent("caf").path.utf8) + [0xE9, 0]
        close(odd.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) })
        try Data("x".utf8).write(to: project.staticFolder.appendingPathComponent("new\nline.txt"))
        let messages = try project.build()
        #expect(messages.contains { $0.hasSuffix("static/pipe: warning: not a regular file (a named pipe); not copied") })
        #expect(messages.contains { $0.hasSuffix("static/caf\\xE9: warning: its name is not valid UTF-8 (shown with \\x escapes); rename it; not copied") })
        #expect(try BuildFixture.text(project.output, "new\nline.txt") == "x")
    }

    @Test func aStaticThatIsNoFolderIsAWarning() throws {
        let project = try Project()
        defer { project.remove() }
        try FileManager.default.removeItem(at: project.staticFolder)
        try Data("x".utf8).write(to: project.staticFolder)
        #expect(try project.build().contains { $0.hasSuffix("Content/static: warning: cannot read this folder: Not a directory; not copied") })
    }

    /// chmod 000 does not stop root, so this runs only as another user; `UnreadableInputTests`
    /// (SitegenTrustTests) runs the same case through the binary as `nobody` when root.
    @Test(.enabled(if: getuid() != 0, "root reads folders whatever their mode"))
    func anUnreadableFolderIsAWarningWithTheReason() throws {
        let project = try Project()
        let locked = project.staticFolder.appendingPathComponent("locked")
        defer {
            chmod(locked.path, 0o755)
            project.remove()
        }
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: locked.appendingPathComponent("cv.pdf"))
        #expect(chmod(locked.path, 0) == 0)
        #expect(try project.build().contains { $0.hasSuffix("static/locked: warning: cannot read this folder: Permission denied; not copied") })
    }
}
