import SitegenModel

/// The files about the whole site, written after the pages, each when its family is written
/// (`SiteConfig.outputs`): the site feed, the sitemap with `robots.txt` (at a host root only,
/// `RobotsFile`), and `llms.txt`.
enum SiteWideFiles {
    static func make(_ index: SiteIndex, pages: [Sitemap.Entry]) -> [RenderedFile] {
        let config = index.site.config
        var files: [RenderedFile] = []
        if config.writes(.feeds) {
            files.append(AtomFeed.feed(title: "\(config.title): newest papers", at: SitePath.feed, for: SitePath.home,
                                       papers: index.site.papers, index: index))
        }
        if config.writes(.sitemap) {
            files += Sitemap.files(pages: pages, baseURL: config.baseURL) + [RobotsFile.file(config)].compactMap { $0 }
        }
        if config.writes(.llms) { files.append(LLMSText.file(index)) }
        return files
    }
}
