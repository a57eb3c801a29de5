import SitegenModel
import SitegenTemplates

extension PageBuilder {
    /// `authors/index.html` and its next pages (`ListPagination`). Keys: `groups` (`{letter, anchor,
    /// authors}`: this page's author items, of everyone sorted by family name
    /// (`SortKey.byFamilyName`), grouped by its initial; owners carry a badge), `letterLinks`
    /// (`{letter, href}`: every initial, linking to the page and anchor where it starts),
    /// `pagination`, `pageLabel` (`" (page 2 of 9)"`, empty on the first page).
    func authorsIndex(page number: Int) -> Page {
        let sorted = index.authorsBySortKey
        let pagination = ListPagination(number: number, itemCount: sorted.count, perPage: ListPagination.authorsPerPage,
                                        firstPath: SitePath.authorsIndex)
        let initial = { (entry: (author: Author, key: String)) in SortKey.initial(ofFolded: entry.key) }
        return page(.authors, at: pagination.path, section: .authors) { items in
            let letters = Self.grouped(Array(pagination.slice(sorted)), by: initial).map { group -> Context in
                ["letter": .text(group.key), "anchor": .text(SortKey.anchor(for: group.key)),
                 "authors": .list(group.items.map { items.author($0.author) })]
            }
            let letterLinks = index.initialStarts.map { letter, position -> Context in
                ["letter": .text(letter),
                 "href": .text(pagination.href(page: pagination.page(ofItemAt: position), fragment: "#" + SortKey.anchor(for: letter), items: items))]
            }
            return ["groups": .list(letters), "letterLinks": .list(letterLinks),
                    "pagination": .context(pagination.context(items: items)), "pageLabel": .text(pagination.titleSuffix),
                    "jsonLD": .text(JSONLD.collectionPage("Authors", at: pagination.path, trail: Self.homeTrail, items: items))]
        }
    }

    /// `papers/index.html` and its next pages (`ListPagination`). Keys: `years` (`{year, anchor,
    /// papers}`: this page's papers by year, newest year first, `year` null for the undated group,
    /// which comes last), `yearLinks` (`{year, anchor, href}`: every year of the site, linking to the
    /// page and anchor where it starts), `pagination`, `pageLabel`. List pages also set `jsonLD`
    /// (`CollectionPage`).
    func papersIndex(page number: Int) -> Page {
        let pagination = ListPagination(number: number, itemCount: site.papers.count, perPage: ListPagination.papersPerPage,
                                        firstPath: SitePath.papersIndex)
        return page(.papers, at: pagination.path, section: .papers) { items in
            let yearLinks = index.yearStarts.map { year, position -> Context in
                ["year": .number(year), "anchor": .text(Self.yearAnchor(year)),
                 "href": .text(pagination.href(page: pagination.page(ofItemAt: position), fragment: "#" + Self.yearAnchor(year), items: items))]
            }
            return ["years": .list(Self.yearGroups(PaperSelection(all: site.papers, positions: Array(pagination.slice(site.papers).indices)), items: items)), "yearLinks": .list(yearLinks),
                    "pagination": .context(pagination.context(items: items)), "pageLabel": .text(pagination.titleSuffix),
                    "jsonLD": .text(JSONLD.collectionPage("Papers", at: pagination.path, trail: Self.homeTrail, items: items))]
        }
    }

    /// `categories/index.html`. Keys: `categories` (category items, by code).
    func categoriesIndex() -> Page {
        page(.categories, at: SitePath.categoriesIndex, section: .categories) { items in
            ["categories": .list(site.categories.map(items.category)),
             "jsonLD": .text(JSONLD.collectionPage("Categories", at: SitePath.categoriesIndex, trail: Self.homeTrail, items: items))]
        }
    }

    /// `search/index.html`: the search form and an empty results list `assets/search.js` fills from
    /// `?q=`. No keys of its own.
    func search() -> Page {
        page(.search, at: SitePath.search, section: nil) { _ in [:] }
    }

    /// `{year, anchor, papers}` groups of `papers` (given newest first): newest year first, `year`
    /// null for the undated group, which comes last.
    static func yearGroups(_ papers: PaperSelection, items: PartBuilder, withAbstracts: Bool = false) -> [Context] {
        let groups = grouped(Array(papers.indices), by: { papers[$0].date?.year })
            .sorted { ($0.key ?? Int.min) > ($1.key ?? Int.min) }
        return groups.map { group -> Context in
            ["year": .number(group.key), "anchor": .text(yearAnchor(group.key)),
             "papers": .list(items.paperSummaries(papers.picking(group.items), withAbstracts: withAbstracts))]
        }
    }

    /// `y2023`, or `undated`: the id of a year's heading.
    static func yearAnchor(_ year: Int?) -> String { year.map { "y\($0)" } ?? "undated" }

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
