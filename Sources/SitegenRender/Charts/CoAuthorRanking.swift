import SitegenModel

/// Who an author wrote with, most shared papers first.
enum CoAuthorRanking {
    /// Every other person on `author`'s papers (byline and known authors), with how many papers
    /// they share; ties broken by family name (`SortKey.byFamilyName`), then by exact name.
    static func rank(_ author: Author, papers: [Paper], index: SiteIndex) -> [(name: String, sharedPapers: Int)] {
        var counts: [String: Int] = [:]
        for paper in papers {
            for name in index.people(of: paper) where name != author.name {
                counts[name, default: 0] += 1
            }
        }
        return counts
            .map { (name: $0.key, sharedPapers: $0.value, key: index.authorsByName[$0.key]?.sortKey ?? SortKey.byFamilyName($0.key)) }
            .sorted { ($1.sharedPapers, $0.key, $0.name) < ($0.sharedPapers, $1.key, $1.name) }
            .map { (name: $0.name, sharedPapers: $0.sharedPapers) }
    }
}
