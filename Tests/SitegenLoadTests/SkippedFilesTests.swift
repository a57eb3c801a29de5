import Foundation
import SitegenLoad
import SitegenModel
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A profile or Markdown file the loader cannot read is a warning naming it and giving the
/// system's reason; a name with control characters or bytes that are not UTF-8 is shown escaped,
/// on one line.
@Suite struct SkippedFilesTests {
    static let page = ContentOverlayTests.page

    /// Creates the file whose name is `name` (raw bytes) in `folder`, holding `text`.
    static func create(_ name: [UInt8], in folder: URL, text: String) throws {
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        try #require(descriptor >= 0)
        _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    /// The warnings about `profiles/<name>`.
    static func warnings(_ site: Site, _ name: String) -> [String] {
        site.diagnostics.map(\.description).filter { $0.contains("profiles/\(name):") }
    }

    @Test func aLinkLoopAFolderAndANamedPipeAreSkippedWithTheirReason() throws {
        let content = try TemporaryContent(profiles: ["a.txt": Self.page])
        let profiles = content.root.appendingPathComponent("profiles")
        try FileManager.default.createSymbolicLink(atPath: profiles.appendingPathComponent("loop.txt").path, withDestinationPath: "loop.txt")
        try FileManager.default.createDirectory(at: profiles.appendingPathComponent("folder.txt"), withIntermediateDirectories: false)
        #expect(mkfifo(profiles.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        let site = try content.load()
        #expect(Self.warnings(site, "loop.txt") == ["Content/profiles/loop.txt: warning: cannot read this file: Too many levels of symbolic links; skipped"])
        #expect(Self.warnings(site, "folder.txt") == ["Content/profiles/folder.txt: warning: cannot read this file: Is a directory; skipped"])
        #expect(Self.warnings(site, "pipe.txt") == ["Content/profiles/pipe.txt: warning: cannot read this file: not a regular file (a named pipe); skipped"])
        #expect(site.authors.contains { $0.name == "Ann Lee" })
    }

    @Test func aNameThatIsNotUTF8IsSkippedAndShownEscaped() throws {
        let content = try TemporaryContent(profiles: ["a.txt": Self.page], files: ["authors/ann-lee.md": "---\n---\n"])
        try Self.create(Array("caf".utf8) + [0xE9] + Array(".txt".utf8), in: content.root.appendingPathComponent("profiles"), text: Self.page)
        try Self.create(Array("bio".utf8) + [0xFF] + Array(".md".utf8), in: content.root.appendingPathComponent("authors"), text: "x")
        let site = try content.load()
        let messages = site.diagnostics.map(\.description)
        #expect(messages.contains("Content/profiles/caf\\xE9.txt: warning: cannot read this file: its name is not valid UTF-8 (shown with \\x escapes); rename it; skipped"))
        #expect(messages.contains { $0.hasPrefix("Content/authors/bio\\xFF.md: warning: cannot read this file: its name is not valid UTF-8") })
    }

    /// A line feed in a file name would split its warning in two lines (and an escape sequence
    /// could restyle the terminal): both are shown as escapes.
    @Test func controlCharactersInANameAreEscaped() throws {
        let content = try TemporaryContent(profiles: ["a.txt": Self.page])
        let profiles = content.root.appendingPathComponent("profiles")
        try FileManager.default.createSymbolicLink(atPath: profiles.appendingPathComponent("two\nlines\u{1B}[31m.txt").path,
                                                   withDestinationPath: "missing")
        let site = try content.load()
        let warning = try #require(site.diagnostics.map(\.description).first { $0.contains("lines") })
        #expect(warning == "Content/profiles/two\\nlines\\x1B[31m.txt: warning: cannot read this file: No such file or directory; skipped")
    }

    /// chmod 000 does not stop root (CAP_DAC_OVERRIDE), so this runs only as another user;
    /// `UnreadableInputTests` (SitegenTrustTests) runs the same case as `nobody` when root.
    @Test(.enabled(if: getuid() != 0, "root reads files whatever their mode"))
    func anUnreadableProfileSaysPermissionDenied() throws {
        let content = try TemporaryContent(profiles: ["a.txt": Self.page, "b.txt": Self.page])
        #expect(chmod(content.root.appendingPathComponent("profiles/b.txt").path, 0) == 0)
        let site = try content.load()
        #expect(Self.warnings(site, "b.txt") == ["Content/profiles/b.txt: warning: cannot read this file: Permission denied; skipped"])
    }
}
