import SitegenMarkdown
import SitegenModel
import SitegenTemplates

/// Atom feeds (RFC 4287) of the newest papers: `feed.xml` for the site, `authors/<id>/feed.xml`
/// and `categories/<id>/feed.xml` beside those pages.
///
/// Only dated papers are listed (an entry needs `updated`), newest first, at most `feedLimit` of
/// `site.yml` (default `SiteConfig.defaultFeedLimit`). The
/// feed's `updated` is its newest paper's date, never the clock (the first of January of the
/// capture year when it has none). With a `baseURL`, ids and links are absolute URLs; without one,
/// links are relative to the feed and ids are tag URIs (`tagPrefix` + the page's folder).
enum AtomFeed {
    /// Characters of the abstract an entry's summary keeps (about 70 words, as Hugo's summaries).
    static let summaryLimit = 450
    static let fileName = "feed.xml"

    /// `tag:` ids for sites without a `baseURL`. The date is fixed forever so ids never change.
    static func tagPrefix(_ site: Site) -> String {
        "tag:sitegen.invalid,2026:\(Slug.make(site.config.title).isEmpty ? "site" : Slug.make(site.config.title))/"
    }

    /// The title of the feed of the page named `name`: `Arthur Mensch · Mensch Lab`.
    static func title(_ name: String, site: Site) -> String { "\(name) · \(site.config.title)" }

    /// `{href, title}`: the `pageFeed` key of the page in `folder` named `name`.
    static func pageLink(folder: String, name: String, items: PartBuilder) -> TemplateValue {
        guard items.index.site.config.writes(.feeds) else { return .nothing }
        return ["href": .text(items.href(folder + fileName)), "title": .text(title(name, site: items.index.site))]
    }

    /// The feed at `path` (`authors/x/feed.xml`) of `papers` (newest first), describing `pagePath`;
    /// `texts` gives the entries already made when the feed is in a folder they were made for.
    static func feed(title: String, at path: String, for pagePath: String, papers: some Collection<Paper>, index: SiteIndex,
                     texts: PaperTexts? = nil) -> RenderedFile {
        let site = index.site
        let items = PartBuilder(index: index, root: SitePath.root(of: path))
        let entries = papers.lazy.filter { $0.date != nil }.prefix(site.config.feedLimit)
        let updated = entries.first?.date.map(timestamp) ?? "\(site.config.captureYear)-01-01T00:00:00Z"
        var xml = XMLText.declaration + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        element("title", title, to: &xml)
        element("id", id(path, site: site), to: &xml)
        element("updated", updated, to: &xml)
        link("self", "application/atom+xml", url(path, items: items), to: &xml)
        link("alternate", "text/html", items.pageURL(pagePath), to: &xml)
        xml += "  <author>\n  "
        element("name", site.config.title, to: &xml)
        xml += "  </author>\n"
        element("generator", "sitegen", to: &xml)
        let cached = items.root == SitePath.sectionRoot ? texts : nil
        for paper in entries {
            xml += cached?[paper].folderFeedEntry ?? entry(paper, items: items)
        }
        return RenderedFile(path: path, text: xml + "</feed>\n")
    }

    /// One paper's `<entry>`, links relative to `items.root` (absolute with a `baseURL`); the
    /// summary is the start of the abstract as plain text (`summaryLimit` characters, cut at a
    /// word), as feed readers show a summary.
    static func entry(_ paper: Paper, items: PartBuilder) -> String {
        let listing = items.index.listing(of: paper)
        let pagePath = SitePath.paper(paper.id)
        let date = paper.date.map(timestamp) ?? ""
        var xml = "  <entry>\n  "
        element("title", listing.title, to: &xml)
        xml += "  "
        element("id", id(pagePath, site: items.index.site), to: &xml)
        xml += "  "
        link("alternate", "text/html", items.pageURL(pagePath), to: &xml)
        xml += "  "
        element("published", date, to: &xml)
        xml += "  "
        element("updated", date, to: &xml)
        for name in paper.printedAuthors {
            xml += "    <author>"
            element("name", name, indent: false, to: &xml)
            xml += "</author>\n"
        }
        if let code = paper.category {
            xml += "    <category term=\"" + XMLText.escaped(code) + "\" label=\"" + XMLText.escaped(Category.name(of: code)) + "\"/>\n"
        }
        if let abstractText = listing.abstractText {
            xml += "  "
            element("summary", PageBuilder.excerpt(of: abstractText, limit: summaryLimit), to: &xml)
        }
        return xml + "  </entry>\n"
    }

    /// The id of the page or file at `path`: its absolute URL, or a tag URI without a `baseURL`.
    private static func id(_ path: String, site: Site) -> String {
        let folder = path.hasSuffix(".xml") ? path : SitePath.directory(of: path)
        return site.config.baseURL.isEmpty ? tagPrefix(site) + folder : SitePath.absolute(folder, baseURL: site.config.baseURL)
    }

    /// A file's URL: absolute under `baseURL`, else relative to the feed.
    private static func url(_ path: String, items: PartBuilder) -> String {
        let baseURL = items.index.site.config.baseURL
        return baseURL.isEmpty ? items.href(path) : SitePath.absolute(path, baseURL: baseURL)
    }

    private static func timestamp(_ date: PaperDate) -> String { "\(date)T00:00:00Z" }

    /// Appends `<name>text</name>` (escaped), indented and on a line of its own unless `indent` is false.
    private static func element(_ name: String, _ text: String, indent: Bool = true, to xml: inout String) {
        if indent { xml += "  " }
        xml += "<"
        xml += name
        xml += ">"
        xml += XMLText.escaped(text)
        xml += "</"
        xml += name
        xml += indent ? ">\n" : ">"
    }

    private static func link(_ rel: String, _ type: String, _ href: String, to xml: inout String) {
        xml += "  <link rel=\""
        xml += rel
        xml += "\" type=\""
        xml += type
        xml += "\" href=\""
        xml += XMLText.escaped(href)
        xml += "\"/>\n"
    }
}
