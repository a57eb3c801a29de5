import Foundation
@testable import SitegenServe
import SitegenRender
import Testing

/// What the preview's file provider lets `FileMiddleware` see of a small output folder: files
/// and folders, never dot-files or what a symbolic link leads to outside the folder.
@Suite struct SiteFileProviderTests {
    let folder: URL
    let provider: SiteFileProvider
    var root: String { folder.appendingPathComponent("site").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-provide-\(UUID().uuidString)")
        let site = folder.appendingPathComponent("site")
        let files = ["index.html", "404.html", "papers/index.html", "papers/x/index.html", "assets/style.css",
                     ".sitegen-output", ".hidden/page.html", "empty/readme.txt"]
        for file in files {
            let url = site.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.utf8).write(to: url)
        }
        try Data("secret".utf8).write(to: folder.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("out.txt").path, withDestinationPath: "../secret.txt")
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("outdir").path, withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("in.css").path, withDestinationPath: "assets/style.css")
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("loop").path, withDestinationPath: "loop")
        provider = SiteFileProvider(root: site)
    }

    /// `(isFolder, size)` of what the request path `path` leads to, nil when it is not served.
    func attributes(_ path: String) async throws -> (Bool, Int)? {
        guard let id = provider.getFileIdentifier(path), let attributes = try await provider.getAttributes(id: id) else { return nil }
        return (attributes.isFolder, attributes.size)
    }

    @Test func findsFilesAndFolders() async throws {
        #expect(provider.getFileIdentifier("/papers/x/index.html") == root + "/papers/x/index.html")
        #expect(provider.getFileIdentifier("//assets//style.css") == root + "/assets/style.css")
        #expect(try await attributes("/")?.0 == true, "the output folder itself")
        #expect(try await attributes("/papers/")?.0 == true)
        #expect(try await attributes("/assets/style.css")?.0 == false)
        #expect(try await attributes("/assets/style.css")?.1 == "assets/style.css".utf8.count)
        #expect(provider.wholeFile(at: "/404.html") == Array("404.html".utf8))
        #expect(provider.wholeFile(at: "/papers") == nil, "a folder has no bytes")
    }

    /// A page a rebuild built first is served in place of its file on disk,
    /// until it is let go of.
    @Test func aPageBuiltFirstIsServedInPlaceOfItsFile() async throws {
        let openPages = OpenPages()
        let provider = SiteFileProvider(root: folder.appendingPathComponent("site"), openPages: openPages)
        let fresh = Array("<p>the edited page</p>".utf8)
        openPages.hold([RenderedFile(path: "papers/x/index.html", contents: fresh)])
        let id = try #require(provider.getFileIdentifier("/papers/x/index.html"))
        #expect(try await provider.getAttributes(id: id)?.size == fresh.count)
        #expect(provider.wholeFile(at: "/papers/x/index.html") == fresh)
        #expect(try await provider.getAttributes(id: root + "/papers/index.html")?.size == "papers/index.html".utf8.count,
                "other files come from disk")
        #expect(openPages.release(), "the rebuild had handed pages over")
        #expect(provider.wholeFile(at: "/papers/x/index.html") == Array("papers/x/index.html".utf8))
        #expect(!openPages.release())
    }

    @Test func dotFilesAndMissesAreNotServed() async throws {
        #expect(provider.getFileIdentifier("/.sitegen-output") == nil)
        #expect(provider.getFileIdentifier("/.hidden/page.html") == nil)
        #expect(provider.getFileIdentifier("/papers/../.sitegen-output") == nil)
        #expect(try await attributes("/nope.html") == nil)
        #expect(try await attributes("/empty/nope/") == nil)
    }

    @Test func linksLeavingTheFolderAreNotFollowed() async throws {
        #expect(try await attributes("/out.txt") == nil)
        #expect(try await attributes("/outdir") == nil)
        #expect(try await attributes("/outdir/secret.txt") == nil)
        #expect(try await attributes("/loop") == nil)
        #expect(try await attributes("/in.css")?.0 == false)
    }

    /// The modification time keeps its fraction of a second, so the `ETag` of a file rewritten
    /// within the same second changes.
    @Test func modificationTimesKeepTheirNanoseconds() async throws {
        let file = folder.appendingPathComponent("site/assets/style.css")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000.25)], ofItemAtPath: file.path)
        let id = try #require(provider.getFileIdentifier("/assets/style.css"))
        #expect(try await provider.getAttributes(id: id)?.modificationDate.timeIntervalSince1970 == 1_700_000_000.25)
    }
}
