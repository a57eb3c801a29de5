import SitegenModel

/// Who an author wrote with, most shared papers first.
enum CoAuthorRanking {
    /// Every other person on `author`'s papers (byline and known authors), with how many papers
    /// they share, and their page (nil: none); ties broken by family name (`SortKey.byFamilyName`), then by exact name.
    static func rank(_ author: Author, papers: PaperSelection, index: SiteIndex) -> [(name: String, sharedPapers: Int, author: AuthorLink?)] {
        // People with a page are counted by their page (hashing a reference, not a name), the
        // author too: every spelling of the author's name stands for the author's own page.
        let own = index.authorsByName[author.name].map(ObjectIdentifier.init)
        var linked: [ObjectIdentifier: (author: AuthorLink, count: Int)] = [:]
        var unlinked: [String: Int] = [:]
        for position in papers.positions {
            let people = index.people(at: position)
            for offset in people.indices {
                if let link = people[offset].author {
                    let id = ObjectIdentifier(link)
                    if id != own { linked[id, default: (link, 0)].count += 1 }
                } else {
                    unlinked[people[offset].name, default: 0] += 1
                }
            }
        }
        let ranked = linked.values.map { (name: $0.author.name, sharedPapers: $0.count, key: $0.author.sortKey, author: Optional($0.author)) }
            + unlinked.map { (name: $0.key, sharedPapers: $0.value, key: SortKey.byFamilyName($0.key), author: AuthorLink?.none) }
        // Compared field by field: a tuple of the fields copies (retains) both texts on every comparison.
        return ranked
            .sorted { lhs, rhs in
                if lhs.sharedPapers != rhs.sharedPapers { return lhs.sharedPapers > rhs.sharedPapers }
                return lhs.key != rhs.key ? lhs.key < rhs.key : lhs.name < rhs.name
            }
            .map { (name: $0.name, sharedPapers: $0.sharedPapers, author: $0.author) }
    }
}
