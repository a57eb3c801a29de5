import SitegenModel

/// The files about the whole site, written after the pages: the site feed, the sitemap, `robots.txt`
/// (at a host root only, `RobotsFile`) and `llms.txt`.
enum SiteWideFiles {
    static func make(_ index: SiteIndex, pages: [Sitemap.Entry]) -> [RenderedFile] {
        let site = index.site
        return [AtomFeed.feed(title: "\(site.config.title): newest papers", at: SitePath.feed, for: SitePath.home,
                              papers: site.papers, index: index)]
            + Sitemap.files(pages: pages, baseURL: site.config.baseURL)
            + [RobotsFile.file(site.config), LLMSText.file(index)].compactMap { $0 }
    }
}
