import SitegenSupport

/// One of `count` disjoint parts of a site, each written by its own build (`sitegen build --shard
/// index/count`, on as many machines): the pages whose position in `PageJob.all(in:)` is `index`
/// modulo `count`, with the files beside them, and the site-wide groups of files whose number is
/// `index` modulo `count`. The parts copied together are the whole site, file for file.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    /// The whole site, in one part.
    public static let whole = Shard(validIndex: 0, count: 1)

    /// Part `index` of `count` (numbered from 0); nil unless `0 ≤ index < count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 0, index < count else { return nil }
        self.init(validIndex: index, count: count)
    }

    private init(validIndex index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// `i/N`, as `--shard` takes it: `2/8`; nil unless both are whole numbers and `0 ≤ i < N`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    public var isWhole: Bool { count == 1 }

    /// Whether this part holds the page job at `position` (with its companions).
    func holds(pageAt position: Int) -> Bool { position % count == index }

    /// The files about the whole site, in groups each written by one part, so that no part
    /// writes them all (the API and search are each about a tenth of a whole build).
    public enum SiteWideGroup: Int, Sendable {
        /// The theme's assets and `Content/static/`.
        case assets
        /// The data API (`api/`).
        case api
        /// The site feed, sitemap, `robots.txt` and `llms.txt` (`SiteWideFiles`).
        case siteFiles
        /// The search index (`search/`).
        case search

        /// The name its files are recorded under among the pages (`RenderTarget.record`): the pages
        /// recorded have paths made of slugs, none starting with `@`.
        var recordName: String { "@\(self)" }

        /// The digest of its inputs when the site was loaded from inputs of digest `siteInputs`.
        func inputs(_ siteInputs: ContentDigest) -> ContentDigest {
            ContentDigest(of: Array("\(recordName) \(siteInputs.hex)".utf8))
        }
    }

    /// Whether this part writes `group`.
    public func holds(_ group: SiteWideGroup) -> Bool { group.rawValue % count == index }
}
