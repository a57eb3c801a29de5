import Foundation
import SitegenBuild
import Testing

/// A full disk or a read-only output stops the build with the system's reason, and the previous
/// site stays whole: the small site (one profile page) is built first, then the full `Content/`
/// site is attempted.
@Suite struct UnwritableOutputTests {
    /// `Content/` with one profile page: a site of about 2.5 MB, where the full one takes about 7 MB.
    static func smallContent(in folder: URL) throws -> URL {
        let content = folder.appendingPathComponent("Small")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("profiles"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: BuildFixture.content.appendingPathComponent("site.yml"),
                                         to: content.appendingPathComponent("site.yml"))
        try FileManager.default.copyItem(at: BuildFixture.content.appendingPathComponent("profiles/002_eb8ec50d2665267a.txt"),
                                         to: content.appendingPathComponent("profiles/002_eb8ec50d2665267a.txt"))
        return content
    }

    /// Builds the full site into `output`, expecting it to fail with `reason`, and checks the
    /// previous site and the folder around it are as they were.
    static func expectRefusal(into output: URL, reason: String) throws {
        let before = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path).sorted()
        let index = try Data(contentsOf: output.appendingPathComponent("index.html"))
        let files = BuildFixture.files(in: output)
        do {
            _ = try BuildFixture.build(into: output)
            Issue.record("built into an output that cannot take it")
        } catch {
            #expect("\(error)".contains(reason), "\(error)")
        }
        #expect(BuildFixture.files(in: output) == files)
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == index)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path).sorted() == before,
                "staging litter or a lock file left")
    }

    @Test(.enabled(if: ScratchMount.available, "mounting a tmpfs needs root"))
    func fullDiskLeavesThePreviousSite() throws {
        let mount = try #require(ScratchMount(megabytes: 4))
        defer { mount.unmount() }
        let scratch = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = mount.folder.appendingPathComponent("Site")
        _ = try BuildFixture.build(content: try Self.smallContent(in: scratch), into: output)
        try Self.expectRefusal(into: output, reason: "No space left on device")
    }

    @Test func readOnlyOutputLeavesThePreviousSite() throws {
        let scratch = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let small = try Self.smallContent(in: scratch)
        if ScratchMount.available {
            let mount = try #require(ScratchMount(megabytes: 8))
            defer { mount.unmount() }
            let output = mount.folder.appendingPathComponent("Site")
            _ = try BuildFixture.build(content: small, into: output)
            try #require(mount.remountReadOnly())
            try Self.expectRefusal(into: output, reason: "Read-only file system")
        } else {
            // Not root: permissions bite, so a folder without write permission will do.
            let parent = scratch.appendingPathComponent("locked")
            let output = parent.appendingPathComponent("Site")
            _ = try BuildFixture.build(content: small, into: output)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: parent.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: parent.path) }
            try Self.expectRefusal(into: output, reason: "Permission denied")
        }
    }
}
