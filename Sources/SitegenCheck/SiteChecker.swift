import Foundation

/// `sitegen check`: reads a built site and reports what is broken, as sorted `Finding`s.
///
/// Checks internal links and anchors (`LinkRule`), titles and descriptions (`PageMetadataRule`),
/// citation tags (`CitationTagRule`), orphan pages (`ReachabilityRule`), the sitemap (`SitemapRule`) and
/// feeds (`FeedRule`).
public struct SiteChecker: Sendable {
    /// What to check beyond the defaults.
    public struct Options: Sendable {
        /// Report every paper page Google Scholar would drop (no title, author or date in its
        /// form), even when no page of the site has citation tags.
        public var requireCitationTags: Bool
        /// The site's absolute address, to read sitemap URLs; found from the site when nil.
        public var baseURL: String?

        public init(requireCitationTags: Bool = false, baseURL: String? = nil) {
            self.requireCitationTags = requireCitationTags
            self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        }
    }

    public let output: URL
    public let options: Options

    public init(output: URL, options: Options = Options()) {
        self.output = output
        self.options = options
    }

    public func check() throws(CheckError) -> CheckReport {
        let start = DispatchTime.now()
        let site = CheckedSite(tree: try SiteTree(root: output))
        let citationTags: CheckReport.CitationTags = options.requireCitationTags ? .scholar : site.hasCitationTags ? .present : .skipped
        let findings = LinkRule.findings(in: site)
            + PageMetadataRule.findings(in: site)
            + CitationTagRule.findings(in: site, citationTags)
            + ReachabilityRule.findings(in: site)
            + SitemapRule.findings(in: site, baseURL: options.baseURL)
            + FeedRule.findings(in: site)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return CheckReport(findings: findings.sorted(), pages: site.pages.count, files: site.tree.files.count,
                           citationTags: citationTags, seconds: seconds)
    }
}
