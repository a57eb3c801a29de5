import Foundation
@testable import SitegenServe
import Testing

/// Lookups in a small output folder: files, folder indexes, redirects, misses and symlinks.
@Suite struct SiteFileResolverTests {
    let folder: URL
    let resolver: SiteFileResolver
    var root: String { folder.appendingPathComponent("site").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-resolve-\(UUID().uuidString)")
        let site = folder.appendingPathComponent("site")
        let files = ["index.html", "404.html", "papers/index.html", "papers/x/index.html", "assets/style.css",
                     ".sitegen-output", "empty/readme.txt"]
        for file in files {
            let url = site.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.utf8).write(to: url)
        }
        try Data("secret".utf8).write(to: folder.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("out.txt").path, withDestinationPath: "../secret.txt")
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("outdir").path, withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("in.css").path, withDestinationPath: "assets/style.css")
        resolver = SiteFileResolver(root: site)
    }

    @Test func servesFilesAndFolderIndexes() {
        #expect(resolver.lookup([], trailingSlash: true) == .file(root + "/index.html"))
        #expect(resolver.lookup(["papers"], trailingSlash: true) == .file(root + "/papers/index.html"))
        #expect(resolver.lookup(["papers", "x", "index.html"], trailingSlash: false) == .file(root + "/papers/x/index.html"))
        #expect(resolver.lookup(["assets", "style.css"], trailingSlash: false) == .file(root + "/assets/style.css"))
    }

    @Test func redirectsFoldersToTheirSlashedPath() {
        #expect(resolver.lookup(["papers", "x"], trailingSlash: false) == .redirect("/papers/x/"))
    }

    @Test func missesAreNotFound() {
        #expect(resolver.lookup(["nope.html"], trailingSlash: false) == .notFound)
        #expect(resolver.lookup(["empty"], trailingSlash: true) == .notFound, "a folder without index.html")
        #expect(resolver.lookup([".sitegen-output"], trailingSlash: false) == .notFound, "dot-files are not served")
        #expect(resolver.notFoundPage == root + "/404.html")
    }

    @Test func symlinksLeavingTheFolderAreNotFollowed() {
        #expect(resolver.lookup(["out.txt"], trailingSlash: false) == .notFound)
        #expect(resolver.lookup(["outdir", "secret.txt"], trailingSlash: false) == .notFound)
        #expect(resolver.lookup(["in.css"], trailingSlash: false) == .file(root + "/in.css"))
    }
}
