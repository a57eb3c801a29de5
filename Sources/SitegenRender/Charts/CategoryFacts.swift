import SitegenModel
import SitegenSupport

/// Rankings for the category pages, built once per render (each needs every author's papers, far more
/// than one page shows): each category's most prolific authors, and the categories whose papers come
/// from the same authors.
struct CategoryFacts: Sendable {
    /// How many authors and related categories a page lists.
    static let limit = 10

    /// Category code → canonical author names with their papers in it, most first.
    let topAuthors: [String: [(value: String, count: Int)]]
    /// Category code → other codes with how many authors published in both, most first.
    let related: [String: [(value: String, count: Int)]]

    /// `people` gives everyone on the paper with an id by canonical name, each once
    /// (`PaperListing.people`), and `category` its category; `keptTopAuthors` a category's top
    /// authors when the last render's are still right, `keptRelated` the related categories.
    init(site: Site, people: @escaping @Sendable (String) -> [PaperListing.Person]?, category: (String) -> String?,
         keptTopAuthors: @escaping @Sendable (Category) -> [(value: String, count: Int)]? = { _ in nil },
         keptRelated: [String: [(value: String, count: Int)]]? = nil) {
        // Each category on a core of its own: a big one counts the authors of thousands of papers.
        let ranked = OrderedParallelMap.map(site.categories) { category in
            keptTopAuthors(category) ?? Array(Tally.ranked(category.paperIDs.compactMap(people).flatMap { $0.lazy.map(\.name) }).prefix(Self.limit))
        }
        topAuthors = Dictionary(zip(site.categories.map(\.code), ranked), uniquingKeysWith: { first, _ in first })
        if let keptRelated {
            related = keptRelated
            return
        }
        var pairs: [String: [String]] = [:]
        for author in site.authors {
            let codes = Set(author.paperIDs.compactMap(category))
            for code in codes {
                pairs[code, default: []] += codes.filter { $0 != code }
            }
        }
        related = pairs.mapValues { Array(Tally.ranked($0).prefix(Self.limit)) }
    }
}
