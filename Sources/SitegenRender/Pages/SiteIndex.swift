import SitegenModel
import SitegenSupport
import SitegenTemplates
import Synchronization

/// Lookups built once per render, so each page's context costs only the size of that page. A class:
/// every `PartBuilder` and many closures hold it, and copying a struct of a dozen tables retained each one.
/// Made from the site alone, so a long-lived process may keep it for the next render of the same site.
public final class SiteIndex: Sendable {
    public let site: Site
    /// Every spelling of an author → their canonical name and page; canonical names first, other
    /// spellings only where no canonical name claims them.
    let authorsByName: [String: AuthorLink]
    /// Paper id → its position in `site.papers` (not the paper: a copy of every paper in a
    /// table is a large part of a big site's memory).
    private let paperPositions: [String: Int]
    let categoriesByCode: [String: Category]
    /// Way back to the site root (`SitePath.root`, pages up to three folders down) → category code →
    /// the category as lists show it (`PartBuilder.category`): the same on every paper of every list.
    let categoryParts: [String: [String: Context]]
    let profilesByFile: [String: Profile]
    /// Paper id → its BibTeX key, unique in the site.
    let bibTeXKeys: [String: String]
    let categoryFacts: CategoryFacts
    /// Every author with their sort key (`SortKey.byFamilyName`), sorted as the authors index lists them.
    let authorsBySortKey: [(author: Author, key: String)]
    /// Each initial of the authors index and the position in `authorsBySortKey` where it starts.
    let initialStarts: [(key: String, position: Int)]
    /// Each year of the papers index (nil: undated), newest first, and the position in `site.papers`
    /// where it starts.
    let yearStarts: [(key: Int?, position: Int)]
    /// What pages and files show of each paper that takes work to make (`listing(of:)`), in the
    /// order of `site.papers`.
    private let listings: [PaperListing]
    /// Positions in `site.authors`, in the order of `authorsBySortKey`.
    private let authorOrder: [Int]
    /// Each author's link, in the order of `site.authors`.
    private let links: [AuthorLink]
    /// Each paper and category as pages show them (`pageDigests`), made when a render first needs them.
    private let madeDigests = Mutex<PageInputs.SiteDigests?>(nil)
    /// Where the page digests are kept for the next render, with what else this index made (`sitegen serve`).
    private let cache: SiteIndexCache?
    /// The last render's work set against this site, until the page digests have taken theirs from it.
    private let reuse: Mutex<IndexReuse?>

    /// The index of `site`; with `cache`, each part the last render made from inputs equal to this
    /// site's is taken from it (`IndexReuse`), and it is left holding this render's.
    public init(_ site: Site, cache: SiteIndexCache? = nil) {
        self.site = site
        self.cache = cache
        let kept = cache?.take()
        let sameAuthors = kept.map { IndexReuse.sameNames(site.authors, $0.authors) } ?? false
        let links: [AuthorLink]
        let authorsByName: [String: AuthorLink]
        if let kept, sameAuthors {
            (links, authorsByName) = (kept.links, kept.authorsByName)
        } else {
            // A link is made from the author's id and name alone.
            let keptLinks = Dictionary((kept?.links ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            links = OrderedParallelMap.map(site.authors) { author in
                keptLinks[author.id].flatMap { $0.name == author.name ? $0 : nil } ?? AuthorLink(author)
            }
            authorsByName = Self.linksByName(site.authors, links)
        }
        self.links = links
        self.authorsByName = authorsByName
        let profilesByFile = Dictionary(site.profiles.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        self.profilesByFile = profilesByFile
        let reuse = kept.map { IndexReuse($0, sameAuthors: sameAuthors, authorsByName: authorsByName, profilesByFile: profilesByFile) }
        self.reuse = Mutex(reuse)
        let paperPositions = Dictionary(site.papers.indices.map { (site.papers[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        self.paperPositions = paperPositions
        let byName = authorsByName
        let made = OrderedParallelMap.map(site.papers) { paper -> (listing: PaperListing, isKept: Bool) in
            if let listing = reuse?.listing(of: paper) { return (listing, true) }
            return (PaperListing(paper, texts: reuse?.texts(of: paper), author: { byName[$0] }), false)
        }
        let listings = made.map(\.listing)
        self.listings = listings
        // The papers whose listing was made again; only asked when there is a last render to reuse.
        let fresh: Set<String> = reuse == nil ? [] : Set(zip(site.papers, made).lazy.filter { !$1.isKept }.map(\.0.id))
        categoriesByCode = Dictionary(site.categories.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        categoryParts = Dictionary(uniqueKeysWithValues: (0...3).map { depth in
            let root = String(repeating: "../", count: depth)
            return (root, Dictionary(site.categories.map { ($0.code, PartBuilder.category($0, root: root)) }, uniquingKeysWith: { first, _ in first }))
        })
        // Three steps mostly on one core each, side by side.
        let ((bibTeXKeys, authorOrder), categoryFacts) = Concurrently.both({
            let bases = listings.map(\.bibTeXBase)
            return (reuse?.bibTeXKeys(of: site.papers, bases: bases) ?? BibTeXKeys.assign(site.papers, bases: bases),
                    reuse?.authorOrder(of: site.authors) ?? Self.familyNameOrder(site.authors, links))
        }, {
            CategoryFacts(site: site, people: { paperPositions[$0].map { listings[$0].people } },
                          category: { paperPositions[$0].flatMap { site.papers[$0].category } },
                          keptTopAuthors: { reuse?.topAuthors(of: $0, paperPositions: paperPositions, fresh: fresh) },
                          keptRelated: reuse?.relatedCategories(of: site, paperPositions: paperPositions))
        })
        self.bibTeXKeys = bibTeXKeys
        self.categoryFacts = categoryFacts
        self.authorOrder = authorOrder
        let authorsBySortKey = authorOrder.map { (author: site.authors[$0], key: links[$0].sortKey) }
        self.authorsBySortKey = authorsBySortKey
        initialStarts = Self.firstPositions(authorsBySortKey.lazy.map { SortKey.initial(ofFolded: $0.key) })
        yearStarts = Self.firstPositions(site.papers.lazy.map { $0.date?.year })
            .sorted { ($0.key ?? Int.min) > ($1.key ?? Int.min) }
    }

    /// Every spelling of an author → their link: canonical names first, other spellings only where
    /// no canonical name claims them.
    private static func linksByName(_ authors: [Author], _ links: [AuthorLink]) -> [String: AuthorLink] {
        var byName = Dictionary(zip(authors.lazy.map(\.name), links), uniquingKeysWith: { first, _ in first })
        for (author, link) in zip(authors, links) {
            for spelling in author.otherSpellings where byName[spelling] == nil {
                byName[spelling] = link
            }
        }
        return byName
    }

    /// Positions of `authors` sorted as the authors index lists them: by sort key (in `links`), name and id.
    private static func familyNameOrder(_ authors: [Author], _ links: [AuthorLink]) -> [Int] {
        authors.indices.sorted {
            (links[$0].sortKey, authors[$0].name, authors[$0].id) < (links[$1].sortKey, authors[$1].name, authors[$1].id)
        }
    }

    /// Each distinct key of `keys` with the position where it first appears, in order of first appearance.
    static func firstPositions<Key: Hashable>(_ keys: some Sequence<Key>) -> [(key: Key, position: Int)] {
        var seen: Set<Key> = []
        var firsts: [(key: Key, position: Int)] = []
        for (position, key) in keys.enumerated() where seen.insert(key).inserted {
            firsts.append((key, position))
        }
        return firsts
    }

    /// The papers with these ids, in the given order; unknown ids are skipped.
    func papers(_ ids: some Sequence<String>) -> PaperSelection {
        PaperSelection(all: site.papers, positions: ids.compactMap { paperPositions[$0] })
    }

    /// The paper with this id, if the site has one.
    func paper(id: String) -> Paper? {
        paperPositions[id].map { site.papers[$0] }
    }

    /// What the citation formats say about `paper`.
    func citation(_ paper: Paper) -> Citation {
        Citation(paper, listing: listing(of: paper), key: bibTeXKeys[paper.id] ?? BibTeXKeys.baseKey(paper), baseURL: site.config.baseURL)
    }

    /// Everyone on the paper at `position` of `site.papers`, by canonical name, each once (`PaperListing.people`).
    func people(at position: Int) -> [PaperListing.Person] {
        listings[position].people
    }

    /// `paper`'s plain texts and listing facts, made once when the index was (made now for a paper
    /// the site does not list).
    func listing(of paper: Paper) -> PaperListing {
        paperPositions[paper.id].map { listings[$0] } ?? PaperListing(paper, author: { authorsByName[$0] })
    }

    /// The listing of the paper at `position` of `site.papers`.
    func listing(at position: Int) -> PaperListing {
        listings[position]
    }

    /// Authors with at least one profile page, in the model's order.
    var owners: [Author] { site.authors.filter(\.isOwner) }

    /// Each paper and category as pages show them, made once: a render of the same index again
    /// (a template edit under `sitegen serve`) finds them made. Made, they are kept in the cache
    /// with the rest of this index's work for the next index.
    var pageDigests: PageInputs.SiteDigests {
        madeDigests.withLock { made in
            if let made { return made }
            let digests = PageInputs.SiteDigests(self, reuse: reuse.withLock { reuse in
                defer { reuse = nil }
                return reuse
            })
            made = digests
            cache?.keep(KeptIndex(papers: site.papers, paperPositions: paperPositions, listings: listings, authors: site.authors,
                                  links: links, authorsByName: authorsByName, authorOrder: authorOrder, bibTeXKeys: bibTeXKeys,
                                  categories: site.categories, categoryFacts: categoryFacts, profilesByFile: profilesByFile,
                                  paperDigests: digests.papers))
            return digests
        }
    }

    /// How many people the home page features when `site.yml` does not name them.
    static let featuredCount = 12

    /// The people the home page features: those `featured:` names (by any spelling or page id,
    /// unknown ones skipped), else the `featuredCount` owners with most papers.
    var featured: [Author] {
        let named = site.config.featured
        guard named.isEmpty else {
            let byID = Dictionary(site.authors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var seen: Set<String> = []
            return named.compactMap { authorsByName[$0].map(\.id) ?? (byID[$0] != nil ? $0 : nil) }
                .filter { seen.insert($0).inserted }.compactMap { byID[$0] }
        }
        return Array(owners.sorted { ($1.paperIDs.count, $0.name, $0.id) < ($0.paperIDs.count, $1.name, $1.id) }
            .prefix(Self.featuredCount))
    }
}

/// What a byline name needs of its author: the canonical name, the page and the sort key. A
/// class, so a lookup by name (many per page) retains one reference rather than copying an `Author`.
final class AuthorLink: Sendable {
    let id: String
    let name: String
    /// The author page, from the site root (`authors/<id>/index.html`).
    let path: String
    /// `SortKey.byFamilyName(name)`, made once (folding is slow, and lists sort by it).
    let sortKey: String
    /// `PartBuilder.person` of the canonical name on a page of a section (`SitePath.sectionRoot`:
    /// author, paper and category pages, where most bylines are), someone else's: made once, not per byline.
    let personInSection: Context

    init(_ author: Author) {
        id = author.id
        name = author.name
        path = SitePath.author(author.id)
        sortKey = SortKey.byFamilyName(author.name)
        personInSection = PartBuilder.linkedPerson(author.name, href: SitePath.sectionRoot + path, isSelf: false)
    }
}
