import Foundation
import SitegenTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A profile or a `static/` folder the build may not read is a warning with the system's reason
/// (the folder used to be dropped without a word). Root reads everything whatever its mode, so
/// as root the binary runs as `nobody` (`setpriv`); it is skipped only when that is impossible.
@Suite(.offThePool) struct UnreadableInputTests {
    static let canTest = getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    @Test(.enabled(if: canTest, "root reads files whatever their mode, and there is no setpriv to run as another user"))
    func unreadableInputsAreWarningsWithTheReason() async throws {
        let root = TrustFixture.scratch("unreadable")
        let content = root.appendingPathComponent("Content")
        let locked = content.appendingPathComponent("static/locked")
        let profile = content.appendingPathComponent("profiles/zz-locked.txt")
        defer {
            chmod(locked.path, 0o755)
            try? FileManager.default.removeItem(at: root)
        }
        try TrustFixture.copyContent(to: content)
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try Data("%PDF".utf8).write(to: locked.appendingPathComponent("cv.pdf"))
        try Data("Ann Lee\n".utf8).write(to: profile)
        #expect(chmod(locked.path, 0) == 0 && chmod(profile.path, 0) == 0)
        #expect(chmod(root.path, 0o777) == 0)
        let output = root.appendingPathComponent("Site")
        let (status, text) = try await SitegenBinary.run(["build", "--content", content.path, "--templates", TrustFixture.templates.path,
                                                    "--output", output.path], asUser: getuid() == 0 ? "nobody" : nil)
        #expect(status == 0, "\(text)")
        #expect(text.contains("Content/static/locked: warning: cannot read this folder: Permission denied; not copied"), "\(text)")
        #expect(text.contains("Content/profiles/zz-locked.txt: warning: cannot read this file: Permission denied; skipped"), "\(text)")
    }
}
