import Foundation
import SitegenModel
@testable import SitegenRender
import SitegenSupport
import Testing

/// Paper, author and category pages are recorded with a digest of what they are made from, and a
/// page whose digest a previous render recorded is taken from it instead of built: the digest
/// changes exactly for the pages that show what changed, and what is kept plus what is built is
/// the site a full render gives.
@Suite struct PageReuseTests {
    /// Everything a render gave: files, records, and which files it kept rather than built.
    final class Recorder: RenderTarget {
        var files: [String: [UInt8]] = [:]
        var records: [String: (inputs: ContentDigest, files: [String])] = [:]
        var kept: [String] = []

        func write(_ file: RenderedFile) throws { files[file.path] = file.contents }
        func write(_ file: StreamedFile) throws {
            var bytes: [UInt8] = []
            try file.write { bytes += $0 }
            files[file.path] = bytes
        }
        /// The last render's records, whose pages can be kept.
        var last: [String: Record] = [:]

        /// The pages `keep` named each time it was called, with how many files were written by then.
        var announced: [(pages: Set<String>, filesWritten: Int)] = []

        /// Takes the last render's files and records of `pages`, as the output store does.
        func keep(_ pages: Set<String>) throws {
            announced.append((pages, files.count))
            for page in pages {
                let record = try #require(last[page])
                kept += record.files
                records[page] = (record.inputs, record.files)
            }
        }
        func record(page: String, inputs: ContentDigest, files: [String]) throws { records[page] = (inputs, files) }
    }

    struct Record: Sendable {
        let inputs: ContentDigest
        let files: [String]
    }

    static func render(_ site: Site, environment: String = "test", reusing last: Recorder? = nil) throws -> Recorder {
        let recorder = Recorder()
        let records = (last?.records ?? [:]).mapValues { Record(inputs: $0.inputs, files: $0.files) }
        recorder.last = records
        try SiteRenderer(templatesDirectory: templatesDirectory).render(site, to: recorder, environment: environment,
                                                                        lastBuild: records.mapValues(\.inputs))
        return recorder
    }

    /// Pages whose recorded digests differ between two renders (the files beside them aside).
    static func changedPages(_ before: Recorder, _ after: Recorder) -> Set<String> {
        changedRecords(before, after).filter { !$0.hasSuffix(Self.companions) }
    }

    /// Records (pages, and the files beside them) whose digests differ between two renders.
    static func changedRecords(_ before: Recorder, _ after: Recorder) -> Set<String> {
        Set(after.records.keys.filter { before.records[$0]?.inputs != after.records[$0]?.inputs })
    }

    /// How the files beside a page are recorded: the page's path and this.
    static let companions = SiteRenderer.companionsRecord("")

    static func withPaper(_ id: String, in site: Site, _ change: (inout Paper) -> Void) -> Site {
        var site = site
        change(&site.papers[site.papers.firstIndex { $0.id == id }!])
        return site
    }

    @Test func paperAuthorAndCategoryPagesAreRecordedApartFromTheirFiles() throws {
        let render = try Self.render(SiteFixture.site())
        let besides: Set = ["papers/flamingo/index.html", "papers/mistral-7b/index.html", "papers/pixtral-12b/index.html",
                            "authors/albert-q-jiang/index.html", "authors/arthur-mensch/index.html", "authors/gael-varoquaux/index.html",
                            "authors/jean-baptiste-alayrac/index.html", "authors/jeff-donahue/index.html",
                            "categories/cl/index.html", "categories/cv/index.html"]
        #expect(Set(render.records.keys) == besides.union(besides.map { $0 + Self.companions }).union(["papers/index.html", "authors/index.html"]))
        #expect(render.records["papers/flamingo/index.html"]?.files == ["papers/flamingo/index.html"])
        #expect(render.records["papers/flamingo/index.html" + Self.companions]?.files == [
            "papers/flamingo/cite.bib", "papers/flamingo/cite.ris", "papers/flamingo/cite.json",
        ])
        #expect(render.records["authors/arthur-mensch/index.html" + Self.companions]?.files.contains("authors/arthur-mensch/feed.xml") == true)
        #expect(render.kept.isEmpty)
    }

    @Test func anAbstractEditChangesThePaperItsAuthorsAndItsCategory() throws {
        let site = SiteFixture.site()
        let edited = Self.withPaper("flamingo", in: site) { $0.abstract = "Another abstract." }
        let (before, after) = (try Self.render(site), try Self.render(edited))
        let pages: Set = ["papers/flamingo/index.html", "authors/arthur-mensch/index.html", "authors/jean-baptiste-alayrac/index.html",
                          "authors/jeff-donahue/index.html", "categories/cv/index.html"]
        #expect(Self.changedPages(before, after) == pages.union(["papers/index.html"]))
        // The files beside those pages show the abstract too (citations, bulk files, feeds).
        #expect(Self.changedRecords(before, after) == pages.union(["papers/index.html"]).union(pages.map { $0 + Self.companions }))
    }

    @Test func anAuthorMovingChangesEveryPageLinkingThem() throws {
        let site = SiteFixture.site()
        var moved = site
        moved.authors[moved.authors.firstIndex { $0.id == "jeff-donahue" }!].id = "jeff-donahue-2"
        let changed = Self.changedPages(try Self.render(site), try Self.render(moved))
        // Flamingo's byline links him: its page, and every page listing Flamingo; and the authors index.
        #expect(changed == ["papers/flamingo/index.html", "authors/arthur-mensch/index.html",
                            "authors/jean-baptiste-alayrac/index.html", "authors/jeff-donahue-2/index.html",
                            "categories/cv/index.html", "papers/index.html", "authors/index.html"])
    }

    @Test func theTitleTheCountsAndSitegenItselfChangeEveryPage() throws {
        let site = SiteFixture.site()
        let first = try Self.render(site)
        var retitled = site
        retitled.config.title = "Another Lab"
        var fewer = site
        fewer.papers.removeAll { $0.id == "pixtral-12b" }
        for other in [try Self.render(retitled), try Self.render(fewer), try Self.render(site, environment: "another sitegen")] {
            #expect(Self.changedRecords(first, other) == Set(other.records.keys))
        }
    }

    @Test func aTemplateChangeChangesThePagesUsingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-reuse-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: templatesDirectory, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = SiteFixture.site()
        let render = { try Self.recordsOnly(site, templates: folder) }
        let before = try render()
        let paper = folder.appendingPathComponent("paper.mustache")
        try Data((try String(contentsOf: paper, encoding: .utf8) + "\n<!-- edited -->").utf8).write(to: paper)
        let after = try render()
        // The files beside them (citations) are not made with templates: kept.
        #expect(Self.changedRecords(before, after) == ["papers/flamingo/index.html", "papers/mistral-7b/index.html",
                                                       "papers/pixtral-12b/index.html"])
    }

    static func recordsOnly(_ site: Site, templates: URL) throws -> Recorder {
        let recorder = Recorder()
        try SiteRenderer(templatesDirectory: templates).render(site, to: recorder, environment: "test", lastBuild: [:])
        return recorder
    }

    @Test func keptPagesAndBuiltOnesMakeTheSiteAFullRenderGives() throws {
        let site = SiteFixture.site()
        let edited = Self.withPaper("mistral-7b", in: site) { $0.title = "Mistral 7B, edited" }
        let first = try Self.render(site)
        let incremental = try Self.render(edited, reusing: first)
        let full = try Self.render(edited)
        #expect(Set(incremental.kept) == ["papers/flamingo/index.html", "papers/flamingo/cite.bib", "papers/flamingo/cite.ris",
                                          "papers/flamingo/cite.json", "papers/pixtral-12b/index.html", "papers/pixtral-12b/cite.bib",
                                          "papers/pixtral-12b/cite.ris", "papers/pixtral-12b/cite.json",
                                          "authors/jean-baptiste-alayrac/index.html", "authors/jeff-donahue/index.html",
                                          "authors/jeff-donahue/feed.xml", "authors/jean-baptiste-alayrac/feed.xml",
                                          "categories/cv/index.html", "categories/cv/feed.xml", "authors/index.html"])
        #expect(Set(incremental.files.keys).isDisjoint(with: incremental.kept))
        let combined = incremental.files.merging(incremental.kept.map { ($0, first.files[$0]!) }, uniquingKeysWith: { new, _ in new })
        #expect(combined == full.files)
        #expect(incremental.records.mapValues(\.inputs) == full.records.mapValues(\.inputs))
        // The target heard once, before anything was written, which pages to keep; never asked anything.
        #expect(incremental.announced.count == 1 && incremental.announced.first?.filesWritten == 0)
        let keptPages = Set(incremental.kept.filter { $0.hasSuffix("index.html") })
        let keptBesides = Set(incremental.kept.filter { !$0.hasSuffix("index.html") }.map { $0.split(separator: "/").dropLast().joined(separator: "/") + "/index.html" + Self.companions })
        #expect(incremental.announced.first?.pages == keptPages.union(keptBesides))
        #expect(full.announced.isEmpty, "a render with no last build has nothing to keep")
    }

    /// Long lists are several pages, each with its own digest: an edit rebuilds the page of the
    /// papers index and the category page that list the paper (and the category's first page, with
    /// its chart and downloads), not the others; what is kept plus what is built is a full render.
    @Test func aPaperEditRebuildsOnlyTheListPagesShowingIt() throws {
        var site = SiteFixture.site()
        site.papers += (0..<250).map { n in
            Paper(id: "p\(n)", title: "Paper \(n)", authors: ["Arthur Mensch"], authorsTruncated: false, hasPrintedByline: true, organizations: [],
                  category: "CL", date: nil, hasCode: false, venues: [], sources: [], altTitles: [], abstract: nil, knownAuthors: [])
        }
        let cl = site.categories.firstIndex { $0.code == "CL" }!
        site.categories[cl].paperIDs += site.papers.suffix(250).map(\.id)
        let mensch = site.authors.firstIndex { $0.id == "arthur-mensch" }!
        site.authors[mensch].paperIDs += site.papers.suffix(250).map(\.id)
        let edited = Self.withPaper("p249", in: site) { $0.title = "Paper 249, edited" }
        let first = try Self.render(site)
        let changed = Self.changedPages(first, try Self.render(edited))
        let indexPage = ListPagination.path(SitePath.papersIndex, page: site.papers.firstIndex { $0.id == "p249" }! / 100 + 1)
        let categoryPage = ListPagination.path(SitePath.category("cl"), page: site.categories[cl].paperIDs.firstIndex(of: "p249")! / 100 + 1)
        #expect(changed == ["papers/p249/index.html", "authors/arthur-mensch/index.html", "categories/cl/index.html",
                            indexPage, categoryPage])
        #expect(first.records.keys.contains("papers/index-2.html") && first.records.keys.contains("categories/cl/index-2.html"))
        let incremental = try Self.render(edited, reusing: first)
        let combined = incremental.files.merging(incremental.kept.map { ($0, first.files[$0]!) }, uniquingKeysWith: { new, _ in new })
        #expect(combined == (try Self.render(edited)).files)
    }

    /// `PageInputs` lists each field of these types by hand: a new field must be added there too
    /// (then here), or pages showing it would be kept when it changes.
    @Test func theModelHasTheFieldsPageInputsCovers() {
        let site = SiteFixture.site()
        let fields: [(Any, Int)] = [
            (site.papers[0], 15), (site.authors[0], 7), (site.profiles[0], 6), (ProfileStats(), 6),
            (AuthorDetails(source: ""), 9), (PaperLinks(source: ""), 13), (site.config, 10),
            (MenuItem(title: "", url: ""), 2), (site.categories[0], 2), (PaperDate(year: 2020, month: 1, day: 1), 3),
        ]
        for (value, count) in fields {
            #expect(Mirror(reflecting: value).children.count == count, "\(type(of: value)): update PageInputs")
        }
    }
}
