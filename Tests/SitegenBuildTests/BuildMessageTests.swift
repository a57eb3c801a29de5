import Foundation
@testable import SitegenBuild
@testable import SitegenOutput
import Testing

/// A build that stops says so in one line: the path, `error:` once, then the reason in the
/// system's plain words, never Foundation's "The operation could not be completed".
@Suite struct BuildMessageTests {
    @Test func aFolderThatCannotBeMadeSaysWhyInPlainWords() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("file")
        try Data("x".utf8).write(to: file)
        let error = try #require(throws: BuildError.self) { try BuildFixture.build(into: file.appendingPathComponent("lab/Site")) }
        #expect(error.description == "\(file.path): error: cannot create the folder of the output: Not a directory")
    }

    @Test func aMissingTemplatesFolderSaysWhyInPlainWords() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("Templates")
        let error = try #require(throws: BuildError.self) { try BuildFixture.build(templates: templates, into: root.appendingPathComponent("Site")) }
        #expect(error.description == "\(templates.path): error: cannot read the templates folder: No such file or directory")
    }

    @Test func aBusyOutputSaysErrorOnce() throws {
        let error = BuildError.output(.busy(output: "/lab/Site", holder: 42))
        #expect(error.description == "/lab/Site: error: another sitegen build (pid 42) is writing this output; try again when it has finished")
    }

    @Test func aPathWithALineFeedStaysOnOneLine() {
        let error = BuildError.io(path: "/lab/two\nlines", reason: "Permission denied")
        #expect(error.description == "/lab/two\\nlines: error: Permission denied")
    }

    /// The output guard refused the account's home (from the password database) but not `$HOME`,
    /// which `~` expands to and which differs under sudo or in containers.
    @Test func theHomeDirectoryOfHOMEIsRefusedToo() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let home = root.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: false)
        // Marked as sitegen's, so only the home rule can refuse the folder holding it.
        try Data().write(to: root.appendingPathComponent(OutputGuard.ownershipMarker))
        func check(_ output: URL, home: String?) throws(OutputError) {
            try OutputGuard.check(output: output, inputs: [(BuildFixture.content, "content"), (BuildFixture.templates, "templates")],
                                  environment: home.map { ["HOME": $0] } ?? [:])
        }
        let error = try #require(throws: OutputError.self) { try check(home, home: home.path) }
        #expect(error.description == "\(home.path): error: refusing to write the site here: it is the home directory ($HOME)")
        let containing = try #require(throws: OutputError.self) { try check(root, home: home.path + "/") }
        #expect(containing.description.hasSuffix("it contains the home directory ($HOME)"))
        try check(home, home: nil)
        try check(root, home: nil)
    }
}
