import Foundation
import SitegenBuild
import SitegenRender
import Testing

/// `sitegen build --shard i/N`: the N parts of `Content/`'s site, each written by its own build and
/// copied together, are the site a one-machine build writes, file for file; no file is in two parts.
@Suite struct ShardedBuildTests {
    /// What a one-machine build writes besides the site: its records for the next build.
    static let records: Set = [".sitegen-manifest", ".sitegen-pages"]
    static let marker = ".sitegen-output"

    /// The parts of a site built `count` ways, each with its summary and its files.
    static func parts(_ count: Int, into root: URL, baseURL: String? = nil) throws -> [(summary: BuildSummary, tree: TreeSnapshot)] {
        try (0..<count).map { index in
            let folder = root.appendingPathComponent("part-\(index)")
            let shard = try #require(Shard(index: index, count: count))
            let summary = try SiteBuilder(options: BuildOptions(contentDirectory: BuildFixture.content, templatesDirectory: BuildFixture.templates,
                                                                outputDirectory: folder, baseURL: baseURL, shard: shard)).build()
            return (summary, TreeSnapshot(folder))
        }
    }

    @Test(arguments: [2, 3, 5])
    func partsCopiedTogetherAreTheWholeSite(count: Int) throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let wholeSummary = try BuildFixture.build(into: root.appendingPathComponent("whole"))
        let whole = TreeSnapshot(root.appendingPathComponent("whole"))
        let parts = try Self.parts(count, into: root)

        var joined: [String: Data] = [:]
        for (index, part) in parts.enumerated() {
            #expect(part.summary.shard == Shard(index: index, count: count))
            #expect(part.summary.description.contains("(part \(index)/\(count) of the site)"))
            for (path, bytes) in part.tree.bytes where path != Self.marker {
                #expect(joined[path] == nil, "\(path) is in two parts")
                joined[path] = bytes
            }
            #expect(part.tree.bytes[Self.marker] != nil, "part \(index) is not marked as sitegen's")
            #expect(Self.records.allSatisfy { part.tree.bytes[$0] == nil }, "part \(index) keeps records")
        }
        let site = whole.bytes.filter { !Self.records.contains($0.key) && $0.key != Self.marker }
        #expect(Set(joined.keys) == Set(site.keys))
        for (path, bytes) in site where joined[path] != bytes {
            Issue.record("\(path) differs from the one-machine build's")
        }
        #expect(parts.map(\.summary.pages).reduce(0, +) == wholeSummary.pages)
        // Every part has pages of its own; the site-wide files go to parts 0 to 3 (modulo N).
        #expect(parts.allSatisfy { $0.summary.pages > 0 })
        #expect(parts[0].tree.bytes["assets/style.css"] != nil)
        #expect(parts[1 % count].tree.bytes.keys.contains { $0.hasPrefix("api/") })
        #expect(parts[3 % count].tree.bytes.keys.contains { $0.hasPrefix("search/") })
    }

    /// Absolute links (a base URL) are the same in every part as in the whole site.
    @Test func partsUnderABaseURLJoinToTheWholeSite() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let baseURL = "https://example.org/lab/"
        _ = try BuildFixture.build(into: root.appendingPathComponent("whole"), baseURL: baseURL)
        let whole = TreeSnapshot(root.appendingPathComponent("whole"))
        var joined: [String: Data] = [:]
        for part in try Self.parts(2, into: root, baseURL: baseURL) { joined.merge(part.tree.bytes) { first, _ in first } }
        #expect(joined == whole.bytes.filter { !Self.records.contains($0.key) })
    }

    /// A part is always written whole (nothing "up to date", nothing kept), and the joined tree is
    /// a sitegen output the next ordinary build replaces with the whole site and its records.
    @Test func partsKeepNoRecordsAndTheJoinBuildsAgain() throws {
        let root = BuildFixture.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try Self.parts(2, into: root)
        let again = try Self.parts(2, into: root)
        #expect(zip(first, again).allSatisfy { !$1.summary.upToDate && $1.summary.pagesKept == 0 && $1.summary.filesWritten == $0.summary.filesWritten })

        let join = root.appendingPathComponent("join")
        try FileManager.default.createDirectory(at: join, withIntermediateDirectories: false)
        for index in 0..<2 {
            let part = root.appendingPathComponent("part-\(index)")
            for path in BuildFixture.files(in: part) {
                let target = join.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                if !FileManager.default.fileExists(atPath: target.path) {
                    try FileManager.default.copyItem(at: part.appendingPathComponent(path), to: target)
                }
            }
        }
        let rebuilt = try BuildFixture.build(into: join)
        #expect(!rebuilt.upToDate && rebuilt.pagesKept == 0)
        _ = try BuildFixture.build(into: root.appendingPathComponent("whole"))
        #expect(TreeSnapshot(join).bytes == TreeSnapshot(root.appendingPathComponent("whole")).bytes)
    }

    @Test func shardsAreReadAsIOfN() {
        #expect(Shard("2/8") == Shard(index: 2, count: 8))
        #expect(Shard("0/1") == .whole)
        for bad in ["3/3", "-1/2", "1/0", "0/0", "a/2", "1/b", "1/2/3", "12", "", "/", " 1/2"] {
            #expect(Shard(bad) == nil, "\(bad) was read as a shard")
        }
    }
}
