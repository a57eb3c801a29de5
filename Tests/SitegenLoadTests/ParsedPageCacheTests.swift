import Foundation
@testable import SitegenLoad
import SitegenModel
import SitegenSupport
import Synchronization
import Testing

/// Loads with a `ParsedPageCache` (`sitegen serve`) read the content exactly as a load without one
/// does, while parsing again only the pages whose bytes changed, and cutting compact pages again
/// only when the clues from the other pages changed.
@Suite struct ParsedPageCacheTests {
    /// A copy of the seeds' content folder, with one more compact page saved as Windows-1252 (its
    /// decoding warning must come back from the cache too), to edit.
    struct Project {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-cache-\(UUID().uuidString)")
        static let latin1Page = "005_latin1.txt"

        init() throws {
            try FileManager.default.copyItem(at: Fixtures.seedsContent, to: root)
            let page = "CLMar 3, 2021\nCaf\u{E9} Networks for EveryoneRen\u{E9} Dupont, Arthur Mensch\nWe study caf\u{E9} networks at scale.\n"
            try Data(page.unicodeScalars.map { UInt8($0.value) }).write(to: profile(Self.latin1Page))
        }

        func profile(_ name: String) -> URL {
            root.appendingPathComponent("profiles/\(name)")
        }

        func edit(_ name: String, replacing old: String, with new: String) throws {
            let text = try String(contentsOf: profile(name), encoding: .utf8)
            #expect(text.contains(old), "\(name) has no `\(old)`")
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: profile(name))
        }

        /// A load with `cache`, and a load of the same files without one.
        func load(with cache: ParsedPageCache) throws -> (cached: Site, fresh: Site) {
            (try SiteLoader(contentDirectory: root, displayRoot: "Content", cache: cache).load(),
             try SiteLoader(contentDirectory: root, displayRoot: "Content").load())
        }

        func remove() {
            try? FileManager.default.removeItem(at: root)
        }
    }

    static func expectSameReading(_ loads: (cached: Site, fresh: Site), sourceLocation: SourceLocation = #_sourceLocation) {
        let (cached, fresh) = loads
        #expect(cached.profiles == fresh.profiles, sourceLocation: sourceLocation)
        #expect(cached.papers == fresh.papers, sourceLocation: sourceLocation)
        #expect(cached.authors == fresh.authors, sourceLocation: sourceLocation)
        #expect(cached.diagnostics == fresh.diagnostics, sourceLocation: sourceLocation)
        #expect(cached.mergedEntries == fresh.mergedEntries, sourceLocation: sourceLocation)
    }

    @Test func everyEditReadsAsAFreshLoad() throws {
        let project = try Project()
        defer { project.remove() }
        let cache = ParsedPageCache()
        let first = try project.load(with: cache)
        Self.expectSameReading(first)
        #expect(first.fresh.diagnostics.contains { $0.message.hasPrefix("not UTF-8") })
        Self.expectSameReading(try project.load(with: cache))

        // An abstract of a compact page (the clues stay), then of a full profile.
        try project.edit("002_eb8ec50d2665267a.txt", replacing: "A shared goal of several", with: "A common goal of several")
        Self.expectSameReading(try project.load(with: cache))
        try project.edit("000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "MIT license")
        let edited = try project.load(with: cache)
        Self.expectSameReading(edited)
        #expect(edited.cached.papers.contains { $0.abstract?.contains("MIT license") == true })

        // A name on a compact page's byline (the clues change), a page removed, one added.
        try project.edit("003_47b10732c520c09c.txt", replacing: "Thomas Wang", with: "Tomas Wang")
        Self.expectSameReading(try project.load(with: cache))
        try FileManager.default.removeItem(at: project.profile("004_8fbc228d6ee0bde4.txt"))
        Self.expectSameReading(try project.load(with: cache))
        try FileManager.default.copyItem(at: Fixtures.seedsContent.appendingPathComponent("profiles/004_8fbc228d6ee0bde4.txt"),
                                         to: project.profile("006_copy.txt"))
        Self.expectSameReading(try project.load(with: cache))
    }

    /// That pages are taken from the cache, not parsed again: a mark put into the cache's reading
    /// of a page shows in the next load, until the page (or, for a compact page, the clues) changes.
    @Test func unchangedPagesAreNotParsedAgain() throws {
        let project = try Project()
        defer { project.remove() }
        let cache = ParsedPageCache()
        _ = try project.load(with: cache)
        var pages = try #require(cache.take(parsedIn: 2026))
        let mark = Diagnostic(.warning, file: "x", "marked in the cache")
        let full = try #require(pages.pages.keys.first { $0.name == "000_ccd6bb956600ebde.txt" })
        guard case .parsed(var profile) = pages.pages[full]?.firstPass else { Issue.record("a full profile is parsed in the first pass"); return }
        profile.diagnostics.append(mark)
        pages.pages[full] = ParsedPageCache.Page(firstPass: .parsed(profile), decodeWarning: nil)
        let compact = try #require(pages.cuts.keys.first { $0.name == "002_eb8ec50d2665267a.txt" })
        pages.cuts[compact]?.diagnostics.append(Diagnostic(.warning, file: "x", "cut marked in the cache"))
        cache.keep(pages, parsedIn: 2026)

        func messages() throws -> [String] {
            try SiteLoader(contentDirectory: project.root, cache: cache).load().diagnostics.map(\.message)
        }
        #expect(try messages().filter { $0.contains("marked in the cache") }.count == 2)
        // New clues (a name on another compact page's byline): every compact page is cut again.
        try project.edit("003_47b10732c520c09c.txt", replacing: "Thomas Wang", with: "Tomas Wang")
        #expect(try messages().filter { $0.contains("marked in the cache") } == ["marked in the cache"])
        try project.edit("000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "MIT license")
        #expect(try !messages().contains { $0.contains("marked in the cache") })
        // Dates are read against the capture year: another one parses every page again.
        #expect(cache.take(parsedIn: 2025) == nil && cache.take(parsedIn: 2026) == nil)
    }

    /// With every page the same, or edited only where no clue is (an abstract), the clues are not
    /// gathered again: a mark put into the clues kept stays, and with it the compact pages' cuts
    /// (kept while the clues are the same); a name edited gathers them anew, without the mark,
    /// and every compact page is cut again.
    @Test func cluesAreGatheredAgainOnlyWhenAClueChanged() throws {
        let project = try Project()
        defer { project.remove() }
        let cache = ParsedPageCache()
        _ = try project.load(with: cache)
        var pages = try #require(cache.take(parsedIn: 2026))
        pages.knowledge?.titleKeys.insert("a clue marked in the cache")
        let compact = try #require(pages.cuts.keys.first { $0.name == "002_eb8ec50d2665267a.txt" })
        pages.cuts[compact]?.diagnostics.append(Diagnostic(.warning, file: "x", "cut marked in the cache"))
        cache.keep(pages, parsedIn: 2026)

        func messages() throws -> [String] {
            try SiteLoader(contentDirectory: project.root, cache: cache).load().diagnostics.map(\.message)
        }
        func markedClues() -> Bool {
            let kept = cache.take(parsedIn: 2026)
            defer { kept.map { cache.keep($0, parsedIn: 2026) } }
            return kept?.knowledge?.titleKeys.contains("a clue marked in the cache") == true
        }
        #expect(try messages().contains("cut marked in the cache"))
        #expect(markedClues())
        try project.edit("000_ccd6bb956600ebde.txt", replacing: "Apache 2.0 license", with: "MIT license")
        try project.edit("002_eb8ec50d2665267a.txt", replacing: "A shared goal of several", with: "A common goal of several")
        #expect(try !messages().contains("cut marked in the cache"))
        #expect(markedClues())
        try project.edit("003_47b10732c520c09c.txt", replacing: "Thomas Wang", with: "Tomas Wang")
        _ = try messages()
        #expect(!markedClues())
    }

    /// A page whose file's stamp is the one it had, and settled, is taken from the cache unread;
    /// a page with a new stamp is read, and so is every page whose stamp is too recent to tell.
    @Test func settledUnchangedPagesAreNotRead() throws {
        let project = try Project()
        defer { project.remove() }
        let folder = project.root.appendingPathComponent("profiles").path
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        let reads = Mutex(0)
        let stamps = Mutex(names.map { FileStamp(path: "\(folder)/\($0)", device: 1, inode: 1, size: 1, modified: 0, changed: 0) })
        let cache = ParsedPageCache()
        func parse() -> [ParsedProfile] {
            ProfilePasses.parse(count: names.count, captureYear: 2026, cache: cache, stamp: { index in stamps.withLock { $0[index] } }) { index in
                reads.withLock { $0 += 1 }
                let path = "\(folder)/\(names[index])"
                return (ProfileFile(name: names[index], bytes: try! FileBytes.read(path), display: path), nil)
            }.profiles
        }
        let first = parse()
        #expect(reads.withLock { $0 } == names.count)
        #expect(parse().map(\.entries) == first.map(\.entries))
        #expect(reads.withLock { $0 } == names.count)
        stamps.withLock { $0[1].changed = 1 }
        _ = parse()
        #expect(reads.withLock { $0 } == names.count + 1)
        stamps.withLock { stamps in for index in stamps.indices { stamps[index].changed = Int.max } }
        _ = parse()
        #expect(reads.withLock { $0 } == 2 * names.count + 1)
    }
}
