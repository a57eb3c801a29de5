import Foundation
import SitegenBuild
import Testing

/// `robots.txt` is written only when the site is at a host's root; under a subpath the build
/// says, once, what to add to the host's own.
@Suite struct RobotsNoteTests {
    @Test func underASubpathTheBuildNotesTheLineForTheHost() throws {
        let scratch = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Site")
        let summary = try BuildFixture.build(into: output, baseURL: "https://example.org/lab/")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("robots.txt").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("sitemap.xml").path))
        #expect(summary.notes.count == 1)
        #expect(summary.notes.first?.hasSuffix("robots.txt: Sitemap: https://example.org/lab/sitemap.xml") == true)
        #expect(summary.warnings == EndToEndBuildTests.built.summary.warnings, "a note is not a warning")
    }

    @Test func atAHostRootRobotsIsWrittenAndNothingSaid() throws {
        let scratch = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Site")
        let summary = try BuildFixture.build(into: output, baseURL: "https://example.org")
        #expect(try BuildFixture.text(output, "robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n")
        #expect(summary.notes.isEmpty)
    }
}
