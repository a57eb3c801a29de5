import Foundation
import SitegenBuild
import Testing

/// The output is replaced only by a complete build, and only where sitegen may write.
@Suite struct OutputSafetyTests {
    @Test func refusesANonEmptyFolderItDidNotCreate() throws {
        let output = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: output) }
        try Data("precious".utf8).write(to: output.appendingPathComponent("thesis.tex"))
        #expect(throws: BuildError.self) { try BuildFixture.build(into: output) }
        #expect(try BuildFixture.text(output, "thesis.tex") == "precious")
    }

    @Test(arguments: ["/", "HOME", "Content", "Templates"])
    func refusesDangerousOutputs(which: String) {
        let url: URL = switch which {
        case "HOME": FileManager.default.homeDirectoryForCurrentUser
        case "Content": BuildFixture.content
        case "Templates": BuildFixture.templates
        default: URL(fileURLWithPath: which)
        }
        #expect(throws: BuildError.self) { try BuildFixture.build(into: url) }
    }

    @Test func failedBuildLeavesThePreviousSite() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        _ = try BuildFixture.build(into: output)
        let before = try Data(contentsOf: output.appendingPathComponent("index.html"))
        let brokenTemplates = root.appendingPathComponent("BrokenTemplates")
        try FileManager.default.createDirectory(at: brokenTemplates, withIntermediateDirectories: true)
        try Data("{{#open}}never closed\n".utf8).write(to: brokenTemplates.appendingPathComponent("paper.mustache"))
        #expect(throws: BuildError.self) { try BuildFixture.build(templates: brokenTemplates, into: output) }
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { $0.hasPrefix(".") && $0 != ".Site.inputs" }
        #expect(leftovers.isEmpty, "staging litter: \(leftovers)")
    }

    /// A broken template is reported before the content is read (which takes minutes for a big
    /// site): with both broken, the error names the templates.
    @Test func templatesAreCheckedBeforeTheContentIsRead() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = root.appendingPathComponent("missing")
        #expect {
            try BuildFixture.build(content: missing.appendingPathComponent("Content"),
                                   templates: missing.appendingPathComponent("Templates"), into: root.appendingPathComponent("Site"))
        } throws: { error in
            if case .templates = error as? BuildError { true } else { false }
        }
    }

    @Test func rebuildReplacesItsOwnOutput() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        _ = try BuildFixture.build(into: output)
        try Data("stale".utf8).write(to: output.appendingPathComponent("stale.html"))
        // Unchanged inputs leave the output alone; --force writes it anew.
        _ = try BuildFixture.build(into: output, force: true)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.html").path))
    }

    @Test func refusesFoldersThatContainTheContentOrTemplates() throws {
        let project = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: project) }
        let content = project.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: BuildFixture.content, to: content)
        // Marked as sitegen's, so only the overlap rule can refuse it.
        try Data().write(to: project.appendingPathComponent(".sitegen-output"))
        #expect(throws: BuildError.self) { try BuildFixture.build(content: content, into: project) }
        #expect(throws: BuildError.self) { try BuildFixture.build(content: content, into: content.appendingPathComponent("site")) }
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("site.yml").path))
        #expect(throws: BuildError.self) {
            try BuildFixture.build(into: FileManager.default.homeDirectoryForCurrentUser.deletingLastPathComponent())
        }
    }

    @Test func refusesSymbolicLinksToProtectedFolders() throws {
        let scratch = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let links = ["content": BuildFixture.content, "templates": BuildFixture.templates,
                     "home": FileManager.default.homeDirectoryForCurrentUser]
        for (name, target) in links {
            let link = scratch.appendingPathComponent(name)
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
            #expect(throws: BuildError.self, "\(name)") { try BuildFixture.build(into: link) }
        }
        // A folder that does not exist yet, below a link into the content.
        let inside = scratch.appendingPathComponent("content/new-site")
        #expect(throws: BuildError.self) { try BuildFixture.build(into: inside) }
        #expect(!FileManager.default.fileExists(atPath: BuildFixture.content.appendingPathComponent("new-site").path))
    }
}
