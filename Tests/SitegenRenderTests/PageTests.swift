import Foundation
import SitegenMarkdown
import Testing

@Suite("Pages")
struct PageTests {
    let files: [String: String]

    init() throws {
        files = try renderSite(SiteFixture.site()).files
    }

    func page(_ path: String) throws -> String {
        try #require(files[path], "no \(path)")
    }

    @Test func everyPageAndAPIFileIsEmittedAtItsPath() {
        let expected: Set = [
            "index.html", "404.html", "api/papers.json", "api/authors.json", "search/index.html",
            "papers/index.html", "authors/index.html", "categories/index.html",
            "papers/mistral-7b/index.html", "papers/flamingo/index.html", "papers/pixtral-12b/index.html",
            "authors/albert-q-jiang/index.html", "authors/arthur-mensch/index.html",
            "authors/gael-varoquaux/index.html", "authors/jean-baptiste-alayrac/index.html",
            "authors/jeff-donahue/index.html", "categories/cl/index.html", "categories/cv/index.html",
        ]
        #expect(Set(files.keys.filter { $0.hasSuffix(".html") || $0.hasPrefix("api/") }) == expected)
    }

    @Test func paperPageShowsBylineCategoryButtonsAbstractAndWhoseProfilesListIt() throws {
        let html = try page("papers/flamingo/index.html")
        #expect(html.contains("<title>Flamingo: a Visual Language Model · Mensch Lab</title>"))
        #expect(html.contains("<h1>Flamingo: a Visual Language Model</h1>"))
        #expect(html.contains(#"<a href="../../authors/jean-baptiste-alayrac/index.html">Jean-Baptiste Alayrac</a>, "#
            + #"<a href="../../authors/jeff-donahue/index.html">Jeff Donahue</a> et al., including "#
            + #"<a href="../../authors/arthur-mensch/index.html">Arthur Mensch</a>"#))
        #expect(html.contains(#"<time datetime="2022-04-29">29 April 2022</time>"#))
        #expect(html.contains(#"<a href="../../categories/cv/index.html">Computer Vision and Pattern Recognition</a>"#))
        #expect(html.contains("cs.CV"))
        #expect(html.contains(#"<a class="btn" href="https://github.com/search?type=repositories&amp;q=Flamingo%3A+a+Visual+Language+Model" "#
            + #"title="The profile says code is public: search GitHub for it">Code</a>"#))
        #expect(html.contains(#"<a class="btn" href="../../papers/flamingo/cite.bib">BibTeX</a>"#))
        #expect(html.contains(#"Find it on <a href="https://arxiv.org/search/?searchtype=title&amp;query=Flamingo%3A+a+Visual+Language+Model">arXiv</a>"#))
        #expect(html.contains("deepmind"))
        #expect(html.contains(MarkdownRenderer().render("Building models with $x^2$ parameters.")))
        #expect(html.contains(#"<meta name="description" content="Building models with x² parameters.">"#))
        // Whose profile pages list it, linked; never the capture files' names.
        #expect(html.contains(#"<dt>On the pages of</dt>"# + "\n" + #"<dd><a href="../../authors/arthur-mensch/index.html">Arthur Mensch</a></dd>"#))
        #expect(!html.contains("000_a.txt") && !html.contains("002_c.txt") && !html.contains("without an owner"))
        #expect(html.contains("Flamingo: A Visual Language Model for Few-Shot Learning"))
        #expect(html.contains(#"href="../../assets/style.css""#))
    }

    /// The venue and its kind in words; other venues the listings named apart.
    @Test func paperPageShowsItsVenueAndKind() throws {
        let html = try page("papers/pixtral-12b/index.html")
        #expect(html.contains("<dt>Venue</dt>\n<dd>arXiv.org Artificial Intelligence <span class=\"kind\">Preprint</span></dd>"))
        #expect(!html.contains("Also listed in"))
        #expect(try !page("papers/mistral-7b/index.html").contains("<dt>Venue</dt>"))
    }

    @Test func completeBylineHasNoEtAlAndNoCodeButton() throws {
        let html = try page("papers/mistral-7b/index.html")
        #expect(!html.contains("et al."))
        #expect(!html.contains(">Code</a>"))
        #expect(!html.contains("including"))
        #expect(!html.contains(#"class="abstract""#))
    }

    @Test func paperWithoutBylineNamesItsKnownAuthorAndVenue() throws {
        let html = try page("papers/pixtral-12b/index.html")
        #expect(html.contains(#"<p class="byline"><a href="../../authors/arthur-mensch/index.html">Arthur Mensch</a></p>"#))
        #expect(html.contains("arXiv.org Artificial Intelligence"))
        #expect(!html.contains("<time"))
    }

    @Test func authorPageShowsSpellingsStatsPapersNewestFirstAndCoauthors() throws {
        let html = try page("authors/arthur-mensch/index.html")
        #expect(html.contains("<h1>Arthur Mensch</h1>"))
        #expect(html.contains("Also written as Mensch, Arthur"))
        for stat in ["<dd>27</dd>", "<dd>20,263</dd>"] {
            #expect(html.contains(stat), "missing \(stat)")
        }
        // The profile site's own scores only when site.yml asks; no capture file names.
        #expect(!html.contains("Novelty") && !html.contains("AI score"))
        #expect(!html.contains("000_a.txt") && !html.contains("001_b.txt"))
        // Identity first, then the papers, then the numbers, then the co-authors.
        let order = ["<h1>Arthur Mensch</h1>", #"<h2 id="papers">"#, #"<h2 id="numbers">"#, #"<h2 id="coauthors">"#]
        let positions = try order.map { try #require(html.range(of: $0)).lowerBound }
        #expect(positions == positions.sorted())
        let mistral = try #require(html.range(of: "Mistral 7B</a>")).lowerBound
        let flamingo = try #require(html.range(of: "Flamingo: a Visual Language Model</a>")).lowerBound
        let pixtral = try #require(html.range(of: "Pixtral 12B</a>")).lowerBound
        #expect(mistral < flamingo && flamingo < pixtral)
        #expect(html.contains(#"<a href="../../authors/jeff-donahue/index.html">Jeff Donahue</a> <span class="count">1"#))
    }

    @Test func authorWithoutProfileHasNoStats() throws {
        let html = try page("authors/gael-varoquaux/index.html")
        #expect(html.contains("<h1>Gaël Varoquaux</h1>"))
        #expect(!html.contains(#"class="stats""#))
        #expect(!html.contains("Also written as"))
    }

    @Test func homeListsOwnersWithStatsCategoriesAndNewestPapers() throws {
        let html = try page("index.html")
        #expect(html.contains("<title>Mensch Lab</title>"))
        #expect(html.contains(#"<a class="person-name" href="authors/arthur-mensch/index.html">Arthur Mensch</a>"#))
        #expect(html.contains("h-index 27 · 20,263 citations"))
        #expect(html.contains(#"<a href="categories/cl/index.html">Computation and Language</a>"#))
        #expect(html.contains(#"<a href="papers/mistral-7b/index.html">Mistral 7B</a>"#))
        #expect(html.contains(#"href="assets/style.css""#))
    }

    @Test func categoryPageShowsNameArxivIDAndPapers() throws {
        let html = try page("categories/cl/index.html")
        #expect(html.contains("<h1>Computation and Language</h1>"))
        #expect(html.contains("cs.CL"))
        #expect(html.contains(#"<a href="../../papers/mistral-7b/index.html">Mistral 7B</a>"#))
        #expect(!html.contains("Flamingo"))
    }

    @Test func papersIndexGroupsByYearNewestFirstUndatedLast() throws {
        let html = try page("papers/index.html")
        let order = ["<h2 id=\"y2023\">2023</h2>", "<h2 id=\"y2022\">2022</h2>", "<h2 id=\"undated\">Undated</h2>"]
            .compactMap { html.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())
        #expect(html.contains(#"<a href="../papers/flamingo/index.html">"#))
    }

    @Test func authorsIndexIsAlphabeticalIgnoringAccentsAndMarksOwners() throws {
        let html = try page("authors/index.html")
        let names = ["Albert Q. Jiang", "Arthur Mensch", "Gaël Varoquaux", "Jean-Baptiste Alayrac", "Jeff Donahue"]
        let lettersSection = try #require(html.range(of: #"<h2 id="letter-a">A</h2>"#))
        let positions = names.compactMap { html.range(of: $0 + "</a>", range: lettersSection.upperBound..<html.endIndex)?.lowerBound }
        #expect(positions.count == names.count && positions == positions.sorted())
        #expect(html.contains(#"Arthur Mensch</a> <span class="badge">Profile</span>"#))
    }

    @Test func categoriesIndexListsNamesAndCounts() throws {
        let html = try page("categories/index.html")
        #expect(html.contains(#"<a href="../categories/cv/index.html">Computer Vision and Pattern Recognition</a>"#))
        #expect(html.contains(#"<span class="count">1"#))
    }

    @Test func everyPageIsOneDocumentWithOneH1TitleAndDescription() {
        for (path, html) in files where path.hasSuffix(".html") {
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"), "\(path)")
            #expect(html.components(separatedBy: "<h1").count == 2, "\(path) must have one h1")
            #expect(html.contains("<title>") && html.contains(#"<meta name="description" content=""#), "\(path)")
            #expect(html.contains("<main") && html.contains("<nav") && html.contains("<footer"), "\(path)")
        }
    }

    @Test func everyRelativeLinkPointsAtAnEmittedFileOrAnAsset() throws {
        let assets = try FileManager.default.subpathsOfDirectory(atPath: templatesDirectory.appendingPathComponent("assets").path)
        let targets = Set(files.keys).union(assets.map { "assets/" + $0 })
        let href = #/(?:href|src)="(?<url>[^"#][^"]*)"/#
        for (path, html) in files where path.hasSuffix(".html") {
            for match in html.matches(of: href) where !match.output.url.contains(":") {
                let resolved = Self.resolve(String(match.output.url), from: path)
                #expect(resolved.map(targets.contains) == true, "\(path) links to \(match.output.url)")
            }
        }
    }

    /// `link` followed from the page at `page`, as a path from the site root; nil when it leaves the site.
    static func resolve(_ link: String, from page: String) -> String? {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in link.split(separator: "/", omittingEmptySubsequences: false) {
            if part == ".." {
                guard parts.popLast() != nil else { return nil }
            } else {
                parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    @Test func notFoundPageLinksFromTheRootOrFromTheBaseURL() throws {
        #expect(try page("404.html").contains(#"<a href="index.html">Go to the home page</a>"#))
        let hosted = try renderSite(SiteFixture.site(baseURL: "https://example.org/lab/")).files
        let html = try #require(hosted["404.html"])
        #expect(html.contains(#"<a href="https://example.org/lab/index.html">Go to the home page</a>"#))
        #expect(hosted["papers/flamingo/index.html"]?.contains(
            #"<link rel="canonical" href="https://example.org/lab/papers/flamingo/">"#) == true)
    }
}
