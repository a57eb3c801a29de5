import Foundation
import SitegenMarkdown
import SitegenModel
import SitegenTemplates

/// One page to render: which template, where it goes, and the context to fill it with.
struct Page {
    let template: PageTemplate
    let path: String
    let context: Context
}

/// Builds each kind of page. The keys every page shares are set here; each page kind adds its own
/// in an extension (`PageBuilder+Paper.swift`, …), documented there.
///
/// Shared keys: `root` (prefix back to the site root, for `{{root}}assets/…`), `siteTitle`,
/// `canonicalURL` (the page's own absolute URL, `SitePath.location`, so a list's next pages are
/// their own; null without a `baseURL`), `current.<section>` (true for the nav entry of the
/// page's section: `home`, `papers`, `authors`, `categories`), `links.<page>` (links to the fixed
/// pages: `home`, `papers`, `authors`, `categories`, `search`, `feed`, `papersAPI`, `authorsAPI`;
/// null for those of an output family the site does not write),
/// `totals` (`papers`, `authors`, `categories`: site-wide counts, with thousands separators), and
/// metadata defaults pages override: `ogType` (`website`), `jsonLD` (JSON text or null) and
/// `pageFeed` (the page's own Atom feed, `{href, title}`, or null).
struct PageBuilder: Sendable {
    let index: SiteIndex
    let markdown: MarkdownRenderer
    private(set) var texts: PaperTexts
    var site: Site { index.site }
    /// `totals`, the same on every page.
    private let totals: Context
    /// `links` and `menu` for the pages at the site root and one, two, three folders down, by
    /// their `root` (`""`, `"../"`…), made once.
    private let linksByRoot: [String: Context]

    /// The builder for `site`'s pages, with its lookups and every paper's shared texts made (on every core).
    init(_ site: Site) {
        self.init(SiteIndex(site))
    }

    /// The builder for `index`'s pages, with the shared texts of `papers` made (on every core):
    /// the papers of the pages to build (by default all).
    init(_ index: SiteIndex, textsOf papers: [Paper]? = nil) {
        let site = index.site
        self.index = index
        markdown = MarkdownRenderer()
        texts = PaperTexts(index, papers: papers)
        totals = ["papers": .text(PartBuilder.groupedThousands(site.papers.count)),
                  "authors": .text(PartBuilder.groupedThousands(site.authors.count)),
                  "categories": .text(PartBuilder.groupedThousands(site.categories.count))]
        let index = index
        linksByRoot = Dictionary(uniqueKeysWithValues: (0...3).map { depth in
            let root = String(repeating: "../", count: depth)
            return (root, Self.links(PartBuilder(index: index, root: root)))
        })
    }

    /// This builder with only the papers' BibTeX entries kept of their shared texts
    /// (`PaperTexts.keepingBibTeXOnly()`), for the papers' own pages.
    func keepingBibTeXOnly() -> PageBuilder {
        var builder = self
        builder.texts = texts.keepingBibTeXOnly()
        return builder
    }

    /// The site's sections, as the main navigation names them.
    enum Section: String {
        case home, papers, authors, categories
    }

    /// A page at `path`: the shared keys plus those `own` builds (which win on a clash), with links
    /// relative to `root` (by default the way back from `path` to the site root) and `highlight`
    /// (the page's person) marked in bylines.
    func page(_ template: PageTemplate, at path: String, section: Section?, root: String? = nil,
              highlight: String? = nil, _ own: (PartBuilder) -> Context) -> Page {
        let items = PartBuilder(index: index, root: root ?? SitePath.root(of: path), highlight: highlight)
        let baseURL = site.config.baseURL
        let canonical = baseURL.isEmpty || template == .notFound
            ? nil : SitePath.absolute(SitePath.location(of: path), baseURL: baseURL)
        let links = linksByRoot[items.root] ?? Self.links(items)
        var current: Context = [:]
        if let section { current[ContextName(section.rawValue)] = true }
        let shared: Context = [
            "root": .text(items.root),
            "siteTitle": .text(site.config.title),
            "canonicalURL": .text(canonical),
            "current": .context(current),
            "totals": .context(totals),
            "ogType": "website", "jsonLD": .nothing, "pageFeed": .nothing,
        ]
        return Page(template: template, path: path, context: shared.merging(links).merging(own(items)))
    }

    /// `links` and `menu`: they depend only on the way back to the site root.
    private static func links(_ items: PartBuilder) -> Context {
        let config = items.index.site.config
        func link(_ path: String, of family: OutputFamily) -> TemplateValue {
            config.writes(family) ? .text(items.href(path)) : .nothing
        }
        let links: Context = [
            "home": .text(items.href(SitePath.home)), "papers": .text(items.href(SitePath.papersIndex)),
            "authors": .text(items.href(SitePath.authorsIndex)), "categories": .text(items.href(SitePath.categoriesIndex)),
            "search": link(SitePath.search, of: .search), "feed": link(SitePath.feed, of: .feeds),
            "papersAPI": link(SitePath.papersAPI, of: .api), "authorsAPI": link(SitePath.authorsAPI, of: .api),
        ]
        return ["links": .context(links),
                "menu": .list(items.index.site.config.menu.map { item -> Context in
                    ["title": .text(item.title), "href": .text(Self.menuHref(item.url, items: items))]
                })]
    }

    /// A menu entry's link: outside URLs as they are, site paths relative to the page (folders
    /// to their `index.html`, so the menu works from `file://`).
    static func menuHref(_ url: String, items: PartBuilder) -> String {
        if url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://") { return url }
        let path = url.hasPrefix("/") ? String(url.dropFirst()) : url
        return items.href(path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path)
    }

    /// A free page from `Content/pages/`. Keys: `title`, `bodyHTML`.
    func freePage(_ freePage: FreePage) -> Page {
        page(.page, at: SitePath.freePage(freePage.id), section: nil) { _ in
            ["title": .text(freePage.title), "bodyHTML": .text(markdown.render(freePage.body)),
             "description": .text(Self.excerpt(of: freePage.body))]
        }
    }

    /// The error page. Servers show it for any missing URL at any depth, so with a `baseURL` its
    /// links are absolute; without one they are relative to the site root, where it is served.
    func notFound() -> Page {
        let baseURL = site.config.baseURL
        let root = baseURL.isEmpty ? "" : SitePath.absolute("", baseURL: baseURL)
        return page(.notFound, at: SitePath.notFound, section: nil, root: root) { _ in [:] }
    }
}
