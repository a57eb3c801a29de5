import Foundation
import SitegenModel
import Testing
@testable import SitegenRender
import SitegenTemplates

/// What `Content/authors`, `Content/papers`, `Content/pages` and the menu add to the pages.
@Suite("Hand-written content")
struct HandWrittenContentTests {
    static func site() -> Site {
        var site = SiteFixture.site(baseURL: "https://lab.example.org/")
        let author = site.authors.firstIndex { $0.name == SiteFixture.owner }!
        site.authors[author].details = AuthorDetails(
            affiliation: "Mistral <AI>", homepage: "https://example.org/~am", orcid: "0000-0002-1825-0097",
            github: "amensch", email: "a@example.org", bio: "Works on *large* models. <script>alert(1)</script>", source: "x.md")
        site.papers[0].links = PaperLinks(arxiv: "2310.06825", doi: "10.48550/arXiv.2310.06825", pdf: "https://arxiv.org/pdf/2310.06825",
                                          code: "https://github.com/x/y", tags: ["llm", "<b>"], notes: "Read **this**.", source: "p.md")
        site.pages = [FreePage(id: "about", title: "About the lab", body: "# Hello\n\nWe are a *lab*.", source: "about.md")]
        site.config.menu = [MenuItem(title: "About", url: "about/"), MenuItem(title: "Blog", url: "https://blog.example.org")]
        return site
    }

    let files: [String: String]
    let paperID: String

    init() throws {
        let site = Self.site()
        paperID = site.papers[0].id
        files = try renderSite(site).files
    }

    @Test func authorPageShowsDetailsBioAndSameAs() throws {
        let html = try #require(files["authors/arthur-mensch/index.html"])
        #expect(html.contains("<p class=\"affiliation\">Mistral &lt;AI&gt;</p>"))
        #expect(html.contains("<a class=\"btn\" href=\"https://orcid.org/0000-0002-1825-0097\" rel=\"me\">ORCID</a>"))
        #expect(html.contains("href=\"mailto:a@example.org\""))
        #expect(html.contains("<em>large</em>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("\"sameAs\":[\"https://example.org/~am\",\"https://orcid.org/0000-0002-1825-0097\",\"https://github.com/amensch\"]"))
    }

    /// A photo from `Content/static/` is linked from the page (so it works under a subpath and from
    /// `file://`), percent-encoded; an http(s) URL is kept; nothing else can read as a scheme.
    @Test(arguments: [
        ("arthur.jpg", "../../arthur.jpg"), ("people/a m#1?.jpg", "../../people/a%20m%231%3F.jpg"),
        ("https://x.org/a.jpg", "https://x.org/a.jpg"), ("HTTP://x.org/a.jpg", "HTTP://x.org/a.jpg"),
        ("data:image/svg+xml,<svg onload=alert(1)>", "../../data%3Aimage/svg+xml,%3Csvg%20onload=alert(1)%3E"),
    ])
    func photosLinkFromThePage(_ photo: String, _ src: String) {
        let items = PartBuilder(index: SiteIndex(SiteFixture.site()), root: "../../")
        #expect(PageBuilder.details(AuthorDetails(photo: photo, source: "x.md"), items: items)["photo"] == .text(src))
    }

    @Test func paperPageShowsResourcesNotesAndCitationTags() throws {
        let html = try #require(files["papers/\(paperID)/index.html"])
        #expect(html.contains("<a class=\"btn\" href=\"https://arxiv.org/abs/2310.06825\">arXiv</a>"))
        #expect(html.contains("<a class=\"btn\" href=\"https://doi.org/10.48550/arXiv.2310.06825\">DOI</a>"))
        #expect(!html.contains("Find it on"), "the paper itself is linked: no searches")
        #expect(html.contains("<li class=\"tag\">&lt;b&gt;</li>"))
        #expect(html.contains("Read <strong>this</strong>."))
        #expect(html.contains("<meta name=\"citation_pdf_url\" content=\"https://arxiv.org/pdf/2310.06825\">"))
        #expect(html.contains("<meta name=\"citation_doi\" content=\"10.48550/arXiv.2310.06825\">"))
        #expect(html.contains("<meta name=\"citation_arxiv_id\" content=\"2310.06825\">"))
        let bib = try #require(files["papers/\(paperID)/cite.bib"])
        #expect(bib.contains("doi = {10.48550/arXiv.2310.06825}") && bib.contains("eprint = {2310.06825}"))
    }

    @Test func freePageAndMenu() throws {
        let page = try #require(files["about/index.html"])
        #expect(page.contains("<title>About the lab · ") && page.contains("<h1>Hello</h1>") && page.contains("<em>lab</em>"))
        let home = try #require(files["index.html"])
        #expect(home.contains("<li><a href=\"about/index.html\">About</a></li>"))
        #expect(home.contains("<li><a href=\"https://blog.example.org\">Blog</a></li>"))
        let paper = try #require(files["papers/\(paperID)/index.html"])
        #expect(paper.contains("<li><a href=\"../../about/index.html\">About</a></li>"))
    }
}
