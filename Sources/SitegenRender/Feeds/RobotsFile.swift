import SitegenModel

/// `robots.txt`, allowing everything and naming the sitemap. Crawlers read it only at a host's root,
/// so a site under a subpath gets none and its owner a note (`hostNote`); without a `baseURL` it is
/// written, with no sitemap to name.
public enum RobotsFile {
    static let fileName = "robots.txt"

    static func file(_ config: SiteConfig) -> RenderedFile? {
        var text = "User-agent: *\nAllow: /\n"
        if !config.baseURL.isEmpty {
            guard isHostRoot(config.baseURL) else { return nil }
            text += "\n" + sitemapLine(config.baseURL) + "\n"
        }
        return RenderedFile(path: fileName, text: text)
    }

    /// What the build says when the site is under a subpath and has a sitemap: the line for the
    /// host's `robots.txt`.
    public static func hostNote(_ config: SiteConfig) -> String? {
        guard config.writes(.sitemap), !config.baseURL.isEmpty, !isHostRoot(config.baseURL) else { return nil }
        return "robots.txt not written: crawlers read it only at the host's root, and \(config.baseURL) is below it; "
            + "to name the sitemap, add this line to the host's own robots.txt: \(sitemapLine(config.baseURL))"
    }

    /// `https://host`, `https://host:8080/`: a scheme and host, with no path but `/`.
    static func isHostRoot(_ baseURL: String) -> Bool {
        guard let scheme = baseURL.range(of: "://") else { return false }
        let rest = baseURL[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return !rest.isEmpty }
        return slash != rest.startIndex && rest[slash...] == "/"
    }

    private static func sitemapLine(_ baseURL: String) -> String {
        "Sitemap: " + SitePath.absolute(Sitemap.fileName, baseURL: baseURL)
    }
}
