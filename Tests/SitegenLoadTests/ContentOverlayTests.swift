import Foundation
import SitegenLoad
import SitegenModel
import Testing

/// Hand-written Markdown next to the captures: author and paper files, free pages, menu.
@Suite struct ContentOverlayTests {
    static let page = """
    Ann Lee
    CL
    CLJan 5, 2024Code
    Sparse Things at Scale
    Ann Lee, Bob Stone et al.
    An abstract about sparse things.
    """

    @Test func authorFileAddsDetailsBioAndAliases() throws {
        let author = """
        ---
        affiliation: Example University
        homepage: https://ann.example.org
        orcid: 0000-0002-1825-0097
        github: annlee
        aliases: [A. Lee, "Lee, Ann M."]
        ---
        Ann works on *sparse* things.
        """
        let other = "CLJan 9, 2023\nOld PaperA. Lee, Carl Park\nAn abstract.\n"
        let site = try TemporaryContent(profiles: ["a.txt": Self.page, "b.txt": other],
                                        files: ["authors/ann-lee.md": author]).load()
        let ann = try #require(site.authors.first { $0.id == "ann-lee" })
        #expect(ann.details?.affiliation == "Example University")
        #expect(ann.details?.bio == "Ann works on *sparse* things.")
        #expect(ann.details?.sameAs == ["https://ann.example.org", "https://orcid.org/0000-0002-1825-0097", "https://github.com/annlee"])
        #expect(ann.paperIDs.count == 2, "the alias `A. Lee` is Ann's: \(site.authors.map(\.name))")
        #expect(!site.authors.contains { $0.name == "A. Lee" })
        #expect(site.diagnostics.allSatisfy { $0.message.hasPrefix("no owner") }, "\(site.diagnostics)")
    }

    @Test func paperFileAddsLinksAndNotes() throws {
        let paper = "---\narxiv: 2401.01234\ndoi: 10.1000/xyz\ncode: https://github.com/x/y\ntags: [sparsity, scale]\n---\nSlides coming soon.\n"
        let site = try TemporaryContent(profiles: ["a.txt": Self.page], files: ["papers/sparse-things-at-scale.md": paper]).load()
        let links = try #require(site.papers.first?.links)
        #expect(links.arxiv == "2401.01234")
        #expect(links.doi == "10.1000/xyz")
        #expect(links.code == "https://github.com/x/y")
        #expect(links.tags == ["sparsity", "scale"])
        #expect(links.notes == "Slides coming soon.\n")
    }

    /// `type:` overrides the venue's kind; `date:` gives a date the captures lack, and the paper
    /// takes its place in date order.
    @Test func paperFileTypeAndDate() throws {
        let other = "CLMar 1, 2024\nNewer PaperAnn Lee, Bob Stone\nAn abstract.\n"
        let paper = "---\nvenue: Sparse Workshop Letters\ntype: Journal\ndate: 2024-06-30\n---\n"
        let site = try TemporaryContent(profiles: ["a.txt": Self.page, "b.txt": other],
                                        files: ["papers/sparse-things-at-scale.md": paper]).load()
        let sparse = try #require(site.papers.first { $0.id == "sparse-things-at-scale" })
        #expect(sparse.links?.type == .journal && sparse.venue == Venue(name: "Sparse Workshop Letters", kind: .journal))
        #expect(sparse.date == PaperDate(year: 2024, month: 6, day: 30))
        #expect(site.papers.map(\.id) == ["sparse-things-at-scale", "newer-paper"], "newest first, by the file's date")
        #expect(site.diagnostics.allSatisfy { $0.message.hasPrefix("no owner") }, "\(site.diagnostics)")
    }

    /// `authors:` is the whole byline: a cut one is completed, each name folded with its other
    /// spellings and given a page; "Last, First" is read as any byline's.
    @Test func paperFileAuthorsReplaceACutByline() throws {
        let other = "CLMar 1, 2024\nNewer PaperA. Lee, Bob Stone\nAn abstract.\n"
        let paper = "---\nauthors:\n  - Ann Lee\n  - Stone, Bob\n  - Cleo Park\n---\n"
        let site = try TemporaryContent(profiles: ["a.txt": Self.page, "b.txt": other],
                                        files: ["papers/sparse-things-at-scale.md": paper]).load()
        let sparse = try #require(site.papers.first { $0.id == "sparse-things-at-scale" })
        #expect(sparse.authors == ["Ann Lee", "Bob Stone", "Cleo Park"] && !sparse.authorsTruncated && sparse.hasPrintedByline)
        #expect(sparse.printedAuthors == sparse.authors && !sparse.printedAuthorsAreIncomplete)
        #expect(site.authors.first { $0.name == "Cleo Park" }?.paperIDs == ["sparse-things-at-scale"])
        #expect(site.diagnostics.allSatisfy { $0.message.hasPrefix("no owner") }, "\(site.diagnostics)")
    }

    /// arXiv ids and DOIs are taken however they were pasted, and put in one form; anything else
    /// is a warning naming the line.
    @Test(arguments: [
        ("2310.06825", "2310.06825"), ("arXiv:2310.06825v2", "2310.06825v2"), ("https://arxiv.org/abs/2310.06825", "2310.06825"),
        ("https://arxiv.org/pdf/2310.06825v1.pdf", "2310.06825v1"), ("hep-th/9901001", "hep-th/9901001"),
        ("math.GT/0309136", "math.GT/0309136"), ("not an id", nil), ("2310.068", nil), ("2310.06825vx", nil),
    ] as [(String, String?)])
    func arXivIDs(_ value: String, _ expected: String?) throws {
        let paper = "---\narxiv: \"\(value)\"\ndoi: https://doi.org/10.48550/arXiv.2310.06825\n---\n"
        let site = try TemporaryContent(profiles: ["a.txt": Self.page], files: ["papers/sparse-things-at-scale.md": paper]).load()
        #expect(site.papers.first?.links?.arxiv == expected)
        #expect(site.papers.first?.links?.doi == "10.48550/arXiv.2310.06825")
        let warned = site.diagnostics.contains { $0.line == 2 && $0.message.hasPrefix("expected `arxiv` to be an arXiv id") }
        #expect(warned == (expected == nil))
    }

    @Test(arguments: ["doi:10.1000/xyz", "10.1000/xyz", "DOI:10.1000/xyz"])
    func doisTakenHoweverPasted(_ value: String) throws {
        let paper = "---\ndoi: \"\(value)\"\n---\n"
        let site = try TemporaryContent(profiles: ["a.txt": Self.page], files: ["papers/sparse-things-at-scale.md": paper]).load()
        #expect(site.papers.first?.links?.doi == "10.1000/xyz")
    }

    @Test func aBadDOIIsAWarningWithItsLine() throws {
        let paper = "---\ntags: [a, \" \", b]\ndoi: 11.1000 / x\n---\n"
        let site = try TemporaryContent(profiles: ["a.txt": Self.page], files: ["papers/sparse-things-at-scale.md": paper]).load()
        #expect(site.papers.first?.links?.doi == nil && site.papers.first?.links?.tags == ["a", "b"])
        #expect(site.diagnostics.contains { $0.line == 3 && $0.message.contains("expected `doi` to be a DOI") })
    }

    /// A date is never made up: a year alone or an impossible day is refused, naming the line.
    @Test(arguments: ["2024", "2024-02-30", "2024-13-01", "June 2024", "24-06-30"])
    func badTypeOrDateIsAWarningWithItsLine(_ date: String) throws {
        let paper = "---\narxiv: 2401.01234\ntype: poster\ndate: \(date)\n---\n"
        let site = try TemporaryContent(profiles: ["a.txt": Self.page], files: ["papers/sparse-things-at-scale.md": paper]).load()
        let messages = site.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("papers/sparse-things-at-scale.md:3: warning: expected `type` to be one of `preprint`, `proceedings`, `journal`, got `poster`") })
        #expect(messages.contains { $0.contains("papers/sparse-things-at-scale.md:4: warning: expected `date` as YYYY-MM-DD") })
        #expect(site.papers.first?.date == PaperDate(year: 2024, month: 1, day: 5) && site.papers.first?.links?.type == nil)
    }

    @Test func freePagesAndMenu() throws {
        let yaml = "captureYear: 2026\nmenu:\n  - title: About\n    url: about/\n  - title: Evil\n    url: javascript:alert(1)\n"
        let site = try TemporaryContent(siteYAML: yaml, profiles: ["a.txt": Self.page],
                                        files: ["pages/about.md": "---\ntitle: About the lab\n---\n# Hello\n"]).load()
        #expect(site.pages == [FreePage(id: "about", title: "About the lab", body: "# Hello\n", source: site.pages.first?.source ?? "")])
        #expect(site.config.menu == [MenuItem(title: "About", url: "about/")])
        #expect(site.diagnostics.contains { $0.line == 5 && $0.message.contains("javascript:alert(1)") })
    }

    @Test func unknownKeysSlugsAndUnsafeLinksAreWarningsWithLines() throws {
        let author = "---\naffiliation: X\nfavourite_colour: blue\nhomepage: javascript:alert(1)\n---\n"
        let site = try TemporaryContent(profiles: ["a.txt": Self.page], files: [
            "authors/ann-lee.md": author,
            "authors/nobody-here.md": "---\naffiliation: Y\n---\n",
            "papers/no-such-paper.md": "notes\n",
            "papers/Bad Name.md": "x",
        ]).load()
        let messages = site.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("authors/ann-lee.md:3: warning: unknown front-matter key `favourite_colour`") })
        #expect(messages.contains { $0.contains("authors/ann-lee.md: warning: `homepage` must be an http(s) link") })
        #expect(messages.contains { $0.contains("authors/nobody-here.md: warning: no author has the slug `nobody-here`") })
        #expect(messages.contains { $0.contains("papers/no-such-paper.md: warning: no paper has the slug") })
        #expect(messages.contains { $0.contains("papers/Bad Name.md: warning: expected a file name that is a slug") })
        #expect(site.authors.first { $0.id == "ann-lee" }?.details?.homepage == nil)
    }

    @Test func yamlBombsAndHugeFrontMatterAreRefused() throws {
        let bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\nbio\n"
        let huge = "---\naffiliation: " + String(repeating: "x", count: 20_000) + "\n---\n"
        let site = try TemporaryContent(profiles: ["a.txt": Self.page],
                                        files: ["authors/ann-lee.md": bomb, "authors/bob-stone.md": huge]).load()
        #expect(site.diagnostics.contains { $0.file.hasSuffix("ann-lee.md") && $0.line == 2 && $0.message.contains("anchors and aliases") })
        #expect(site.diagnostics.contains { $0.file.hasSuffix("bob-stone.md") && $0.message.contains("longer than") })
        #expect(site.authors.first { $0.id == "ann-lee" }?.details?.bio == "bio\n")
    }

    /// Front matter opened and never closed used to make the whole file the page's text, with
    /// no warning: the settings that follow the opening line are read, the rest is the text.
    @Test func unclosedFrontMatterIsAWarningAndItsSettingsAreRead() throws {
        let author = "---\n# about Ann\naffiliation: Example University\naliases:\n  - A. Lee\n# Ann\n\nAnn works on *sparse* things.\n"
        let page = "---\nThe page forgot its settings.\n"
        let site = try TemporaryContent(profiles: ["a.txt": Self.page],
                                        files: ["authors/ann-lee.md": author, "pages/notes.md": page]).load()
        let details = try #require(site.authors.first { $0.id == "ann-lee" }?.details)
        #expect(details.affiliation == "Example University" && details.bio == "# Ann\n\nAnn works on *sparse* things.\n")
        let messages = site.diagnostics.map(\.description)
        #expect(messages.contains("Content/authors/ann-lee.md:1: warning: front matter opened here is never closed (no `---` line after it); lines 2–5 read as settings and the rest as the text; add a `---` line after the settings"))
        #expect(messages.contains("Content/pages/notes.md:1: warning: front matter opened here is never closed (no `---` line after it); no setting follows it; the rest read as the text; add a `---` line after the settings"))
        #expect(site.pages.first?.body == "The page forgot its settings.\n")
    }
}
