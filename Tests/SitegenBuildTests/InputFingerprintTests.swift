import Foundation
import SitegenBuild
import Testing

/// The up-to-date check sums exactly what the build reads and copies: a link in `static/` back
/// to the project is not followed (as the copy does not follow it), the output's own trees are
/// never read, and a file the build does not read changes nothing.
@Suite struct InputFingerprintTests {
    typealias Project = IncrementalBuildTests.Project

    /// `ln -s ../.. Content/static/proj`: the check followed it into the folder holding `Site/`,
    /// which every build changes, so no build was ever up to date (and `serve` rebuilt forever).
    @Test func aLinkInStaticBackToTheProjectKeepsTheSiteUpToDate() throws {
        let project = try Project()
        defer { project.remove() }
        let staticFolder = project.content.appendingPathComponent("static")
        try FileManager.default.createDirectory(at: staticFolder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: staticFolder.appendingPathComponent("proj").path, withDestinationPath: "../..")
        let first = try project.build()
        #expect(first.diagnostics.map(\.description).contains { $0.hasSuffix("static/proj: warning: symbolic link not copied") })
        #expect(try project.build().upToDate)
        #expect(try project.build().upToDate)
    }

    /// `static` itself may be a link (to a shared folder of files); the copy reads through it
    /// but never copies the output, its spare or a staging tree, and the check agrees.
    @Test func staticLinkedToTheProjectNeverTakesTheOutput() throws {
        let project = try Project()
        defer { project.remove() }
        try FileManager.default.createSymbolicLink(atPath: project.content.appendingPathComponent("static").path, withDestinationPath: "..")
        let first = try project.build()
        #expect(first.diagnostics.map(\.description).contains { $0.contains("static/.Site.staging-") && $0.hasSuffix(": warning: the site's own output, or a file or folder of its builds; not copied") })
        #expect(FileManager.default.fileExists(atPath: project.output.appendingPathComponent("Content/site.yml").path))
        #expect(try project.build().upToDate)
        try project.edit(project.content, "pages/about.md", replacing: "built by sitegen", with: "made by sitegen")
        let second = try project.build()
        let messages = second.diagnostics.map(\.description)
        for tree in ["Site", ".Site.lock", ".Site.staging-"] {
            #expect(messages.contains { $0.contains("static/\(tree)") && $0.hasSuffix("not copied") }, "\(tree)")
            #expect(!FileManager.default.fileExists(atPath: project.output.appendingPathComponent(tree).path))
        }
        #expect(try project.build().upToDate)
    }

    @Test func staticLinkedToTheOutputIsNeverCopiedNorSummed() throws {
        let project = try Project()
        defer { project.remove() }
        try FileManager.default.createSymbolicLink(atPath: project.content.appendingPathComponent("static").path, withDestinationPath: "../Site")
        _ = try project.build()
        #expect(try project.build().upToDate)
        let messages = try project.build(force: true).diagnostics.map(\.description)
        #expect(messages.contains("Content/static: warning: the site's own output, or a file or folder of its builds; not copied")
                    || messages.contains { $0.hasSuffix("/Content/static: warning: the site's own output, or a file or folder of its builds; not copied") })
        #expect(try project.build().upToDate)
    }

    @Test func aFileTheBuildDoesNotReadChangesNothing() throws {
        let project = try Project()
        defer { project.remove() }
        _ = try project.build()
        try Data("notes".utf8).write(to: project.content.appendingPathComponent("NOTES.md"))
        try Data("draft".utf8).write(to: project.content.appendingPathComponent("profiles/draft.txt.bak"))
        #expect(try project.build().upToDate)
        try Data("x".utf8).write(to: project.content.appendingPathComponent("pages/new-page.md"))
        #expect(!(try project.build().upToDate))
    }
}
