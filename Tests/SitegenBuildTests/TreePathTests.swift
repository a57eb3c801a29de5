import Foundation
@testable import SitegenBuild
import SitegenModel
@testable import SitegenOutput
import SitegenSupport
import Testing

/// `TreeFiles.staysInside`: the check every written, linked or removed path passes, and every path
/// a manifest or the page records name; and how the manifest writes paths.
@Suite struct TreePathTests {
    @Test(arguments: ["index.html", "papers/x/index.html", "...", ".sitegen-manifest", "a/.b/c", "a..b/c.", "ü/é"])
    func pathsInsideTheTree(path: String) {
        #expect(TreeFiles.staysInside(path))
    }

    @Test(arguments: ["", "/", "/etc/passwd", "a/", "a//b", ".", "..", "../a", "a/..", "a/../b", "a/./b", "./a", "a\u{0}b"])
    func pathsThatLeaveTheTreeOrAreNotPaths(path: String) {
        #expect(!TreeFiles.staysInside(path))
    }

    /// Paths are escaped byte by byte: a `%` or a line feed is escaped even where it begins a
    /// grapheme cluster with what follows (`%` and a combining accent, `\r\n`), so every path reads
    /// back as it was written.
    @Test func manifestPathsReadBackAsWritten() throws {
        let paths = ["a%b.txt", "a%\u{301}b.txt", "crlf\r\nname.txt", "line\nfeed.txt", "%0A.txt", "%25/x.txt", "ü/é.txt"]
        for path in paths {
            #expect(!OutputManifest.escaped(path).utf8.contains(UInt8(ascii: "\n")))
            #expect(OutputManifest.unescaped(ArraySlice(OutputManifest.escaped(path).utf8)) == path)
        }
        #expect(OutputManifest.unescaped(ArraySlice("a%2Fb".utf8)) == nil)
        let tree = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: tree) }
        var files = FileTable()
        for path in paths { files.set(ContentDigest(of: Array(path.utf8)), at: path) }
        let manifest = OutputManifest(inputs: ContentDigest(of: Array("inputs".utf8)), files: files)
        var bytes: [UInt8] = []
        manifest.encode { bytes += $0 }
        try Data(bytes).write(to: tree.appendingPathComponent(OutputManifest.fileName))
        #expect(OutputManifest(readingTreeAt: tree) == manifest)
    }
}
