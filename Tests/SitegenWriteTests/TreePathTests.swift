@testable import SitegenWrite
import Testing

/// `TreeFiles.staysInside`: the check every written, linked or removed path passes, and every path
/// a manifest or the page records name.
@Suite struct TreePathTests {
    @Test(arguments: ["index.html", "papers/x/index.html", "...", ".sitegen-manifest", "a/.b/c", "a..b/c.", "ü/é"])
    func pathsInsideTheTree(path: String) {
        #expect(TreeFiles.staysInside(path))
    }

    @Test(arguments: ["", "/", "/etc/passwd", "a/", "a//b", ".", "..", "../a", "a/..", "a/../b", "a/./b", "./a", "a\u{0}b"])
    func pathsThatLeaveTheTreeOrAreNotPaths(path: String) {
        #expect(!TreeFiles.staysInside(path))
    }
}
