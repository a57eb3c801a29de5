import SitegenModel

/// The files about the whole site, written after the pages: the site feed, the sitemap, `robots.txt`
/// and `llms.txt`.
enum SiteWideFiles {
    static func make(_ index: SiteIndex, pages: [Sitemap.Entry]) -> [RenderedFile] {
        let site = index.site
        return [AtomFeed.feed(title: "\(site.config.title): newest papers", at: SitePath.feed, for: SitePath.home,
                              papers: site.papers, index: index)]
            + Sitemap.files(pages: pages, baseURL: site.config.baseURL)
            + [robots(site), LLMSText.file(index)]
    }

    /// Everything may be crawled; the sitemap is named when the site has one (it needs a `baseURL`).
    static func robots(_ site: Site) -> RenderedFile {
        var text = "User-agent: *\nAllow: /\n"
        if !site.config.baseURL.isEmpty {
            text += "\nSitemap: \(SitePath.absolute(Sitemap.fileName, baseURL: site.config.baseURL))\n"
        }
        return RenderedFile(path: "robots.txt", text: text)
    }
}
