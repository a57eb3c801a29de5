import SitegenModel

extension PageContext {
    /// `authors/index.html`. Keys: `groups` (`{letter, anchor, authors}`, author items sorted by
    /// name ignoring case and accents, grouped by initial), `owners` (author items), `hasOwners`.
    func authorsIndex() -> Page {
        let sorted = site.authors
            .map { (author: $0, key: SortKey.folded($0.name)) }
            .sorted { ($0.key, $0.author.name, $0.author.id) < ($1.key, $1.author.name, $1.author.id) }
        let groups = Self.grouped(sorted, by: { SortKey.initial(ofFolded: $0.key) })
        return page(.authors, at: SitePath.authorsIndex, section: .authors) { items in
            let owners = index.owners.map(items.author)
            let letters = groups.map { group -> Context in
                ["letter": group.key, "anchor": SortKey.anchor(for: group.key),
                 "authors": group.items.map { items.author($0.author) }]
            }
            return ["groups": letters, "owners": owners, "hasOwners": !owners.isEmpty,
                    "jsonLD": JSONLD.collectionPage("Authors", at: SitePath.authorsIndex, trail: Self.homeTrail, items: items)]
        }
    }

    /// `papers/index.html`. Keys: `years` (`{year, anchor, papers}`, newest year first, `year`
    /// null for the undated group, which comes last). List pages also set `jsonLD` (`CollectionPage`).
    func papersIndex() -> Page {
        page(.papers, at: SitePath.papersIndex, section: .papers) { items in
            ["years": Self.yearGroups(site.papers, items: items),
             "jsonLD": JSONLD.collectionPage("Papers", at: SitePath.papersIndex, trail: Self.homeTrail, items: items)]
        }
    }

    /// `categories/index.html`. Keys: `categories` (category items, by code).
    func categoriesIndex() -> Page {
        page(.categories, at: SitePath.categoriesIndex, section: .categories) { items in
            ["categories": site.categories.map(items.category),
             "jsonLD": JSONLD.collectionPage("Categories", at: SitePath.categoriesIndex, trail: Self.homeTrail, items: items)]
        }
    }

    /// `search/index.html`: the search form and an empty results list `assets/search.js` fills from
    /// `?q=`. No keys of its own.
    func search() -> Page {
        page(.search, at: SitePath.search, section: nil) { _ in [:] }
    }

    /// `{year, anchor, papers}` groups of `papers` (given newest first): newest year first, `year`
    /// null for the undated group, which comes last.
    static func yearGroups(_ papers: [Paper], items: ItemContext) -> [Context] {
        let groups = grouped(papers, by: { (paper: Paper) -> Int? in paper.date?.year })
            .sorted { ($0.key ?? Int.min) > ($1.key ?? Int.min) }
        return groups.map { group -> Context in
            ["year": orNull(group.key), "anchor": group.key.map { "y\($0)" } ?? "undated",
             "papers": items.paperSummaries(group.items)]
        }
    }

    /// The breadcrumb above the top-level list pages.
    static let homeTrail = [("Home", SitePath.home)]

    /// `items` split by `key`, groups in order of first appearance, items in their given order.
    static func grouped<Item, Key: Hashable>(_ items: [Item], by key: (Item) -> Key) -> [(key: Key, items: [Item])] {
        var order: [Key] = []
        var groups: [Key: [Item]] = [:]
        for item in items {
            let itemKey = key(item)
            if groups[itemKey] == nil { order.append(itemKey) }
            groups[itemKey, default: []].append(item)
        }
        return order.map { (key: $0, items: groups[$0] ?? []) }
    }
}
