import Foundation
import SitegenLoad
import SitegenModel
import Testing

/// An author file's `photo:`: a file of `Content/static/` (kept as its path from the site root) or
/// an http(s) URL; anything else is a warning naming the `photo:` line, and no photo.
@Suite struct AuthorPhotoTests {
    /// Ann's author file with `photo` on line 3.
    static func authorFile(photo: String) -> String {
        "---\naffiliation: Example University\nphoto: '\(photo)'\n---\nAnn works on sparse things.\n"
    }

    static func load(photo: String, prepare: (URL) throws -> Void = { _ in }) throws -> (photo: String?, warnings: [Diagnostic]) {
        let content = try TemporaryContent(profiles: ["a.txt": ContentOverlayTests.page], files: [
            "authors/ann-lee.md": authorFile(photo: photo),
            "static/ann.jpg": "JPEG", "static/people/ann lee.png": "PNG",
        ])
        try prepare(content.root)
        let site = try content.load()
        let ann = try #require(site.authors.first { $0.id == "ann-lee" })
        #expect(ann.details?.affiliation == "Example University", "the rest of the file is read")
        return (ann.details?.photo, site.diagnostics.filter { !$0.message.hasPrefix("no owner") })
    }

    @Test(arguments: [
        ("ann.jpg", "ann.jpg"), ("/ann.jpg", "ann.jpg"), ("static/ann.jpg", "ann.jpg"), ("/static/ann.jpg", "ann.jpg"),
        ("./people/ann lee.png", "people/ann lee.png"), ("people//ann lee.png", "people/ann lee.png"),
        ("https://ann.example.org/me.jpg", "https://ann.example.org/me.jpg"), ("HTTP://ann.example.org/me.jpg", "HTTP://ann.example.org/me.jpg"),
    ])
    func aStaticFileOrAnHTTPURLIsKept(_ value: String, _ expected: String) throws {
        let loaded = try Self.load(photo: value)
        #expect(loaded.photo == expected)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    }

    @Test(arguments: [
        ("javascript:alert(1)", "expected an http(s) URL or a path under Content/static/, got `javascript:alert(1)`"),
        ("data:image/png;base64,AAAA", "expected an http(s) URL or a path under Content/static/"),
        ("mailto:ann@example.org", "expected an http(s) URL or a path under Content/static/"),
        ("//evil.example/ann.jpg", "expected an http(s) URL or a path under Content/static/"),
        ("../site.yml", "expected a path inside Content/static/, got `../site.yml`"),
        ("people/../../site.yml", "expected a path inside Content/static/"),
        ("people\\ann lee.png", "expected a path inside Content/static/"),
        ("arthur.jpg", "no file `arthur.jpg` in Content/static/"), ("static/people", "no file `people` in Content/static/"),
    ])
    func anythingElseIsAWarningOnThePhotoLine(_ value: String, _ reason: String) throws {
        let loaded = try Self.load(photo: value)
        #expect(loaded.photo == nil)
        #expect(loaded.warnings.count == 1, "\(loaded.warnings)")
        let warning = try #require(loaded.warnings.first)
        #expect(warning.description.hasPrefix("Content/authors/ann-lee.md:3: warning: `photo`: "))
        #expect(warning.message.contains(reason) && warning.message.hasSuffix("; photo left out"), "\(warning.message)")
    }

    /// The build copies no symbolic link from `Content/static/`, so a photo through one would be missing.
    @Test func aSymbolicLinkIsNoPhoto() throws {
        let loaded = try Self.load(photo: "linked.jpg") { root in
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("static/linked.jpg").path,
                                                       withDestinationPath: root.appendingPathComponent("static/ann.jpg").path)
        }
        #expect(loaded.photo == nil && loaded.warnings.first?.message.contains("no file `linked.jpg`") == true)
        let throughFolder = try Self.load(photo: "linked/ann lee.png") { root in
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("static/linked").path,
                                                       withDestinationPath: root.appendingPathComponent("static/people").path)
        }
        #expect(throughFolder.photo == nil && throughFolder.warnings.count == 1)
    }
}
