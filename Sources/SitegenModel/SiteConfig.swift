/// The settings in `Content/site.yml`.
public struct SiteConfig: Sendable, Equatable {
    /// Per-page settings, keyed by profile file name under `profiles:`.
    public struct ProfileOverride: Sendable, Equatable {
        /// The page's owner, for pages whose header does not say (or says wrongly).
        public var owner: String?
        public init(owner: String? = nil) { self.owner = owner }
    }

    public var title: String
    /// Absolute URL the site is published at (used for canonical links and feeds); may be empty.
    public var baseURL: String
    /// The year a yearless date (`Mar 26`) belongs to.
    public var captureYear: Int
    public var profiles: [String: ProfileOverride]
    /// Extra menu entries (free pages, outside links), in order.
    public var menu: [MenuItem]
    /// The people the home page features, by name or page id, in order; empty: the owners with
    /// most papers.
    public var featured: [String]
    /// Where a paper with no known link can be looked up by its title, in order; empty: nowhere.
    public var findLinks: [FindService]
    /// Whether pages show the profile site's own scores (Novelty, AI Score), which mean nothing
    /// to a visitor unless the site explains them.
    public var profileScores: Bool
    /// How many entries each Atom feed carries, newest first (jekyll-feed keeps 10; readers poll
    /// the newest, and a feed of every paper is megabytes).
    public var feedLimit: Int
    /// The families of files the build writes (`outputs:`, as Hugo's `outputs`); always holds `html`.
    public var outputs: Set<OutputFamily>

    /// `feedLimit` when `site.yml` does not set it.
    public static let defaultFeedLimit = 20

    public init(title: String = "Research", baseURL: String = "", captureYear: Int,
                profiles: [String: ProfileOverride] = [:], menu: [MenuItem] = [], featured: [String] = [],
                findLinks: [FindService] = FindService.allCases, profileScores: Bool = false,
                feedLimit: Int = defaultFeedLimit, outputs: Set<OutputFamily> = Set(OutputFamily.allCases)) {
        self.title = title
        self.baseURL = baseURL
        self.captureYear = captureYear
        self.profiles = profiles
        self.menu = menu
        self.featured = featured
        self.findLinks = findLinks
        self.profileScores = profileScores
        self.feedLimit = feedLimit
        self.outputs = outputs.union([.html])
    }

    /// Whether the build writes the files of `family`.
    public func writes(_ family: OutputFamily) -> Bool { outputs.contains(family) }
}

/// A family of files a build can write (`outputs:` in `site.yml` names them by their raw values).
/// Pages never link to a family that is not written.
public enum OutputFamily: String, Sendable, CaseIterable, Comparable {
    /// Every HTML page; always written.
    case html
    /// The Atom feeds: the site's, and each author's and category's.
    case feeds
    /// Each paper's `cite.bib`, `cite.ris` and `cite.json`.
    case citations
    /// Each author's and category's `publications.bib` and `publications.json`.
    case bulk
    /// `api/papers.json` and `api/authors.json`.
    case api
    /// The search page and its index.
    case search
    /// `sitemap.xml`, and `robots.txt` that points to it.
    case sitemap
    /// `llms.txt`.
    case llms

    /// The family's place in `allCases`: its order, and what it hashes and compares as (a `String`
    /// raw value would hash its text at every `SiteConfig.writes`).
    private var ordinal: Int {
        switch self {
        case .html: 0
        case .feeds: 1
        case .citations: 2
        case .bulk: 3
        case .api: 4
        case .search: 5
        case .sitemap: 6
        case .llms: 7
        }
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.ordinal == rhs.ordinal }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.ordinal < rhs.ordinal }
}

/// A search engine a paper without a known link can be looked up in by title (`findLinks:` in
/// `site.yml` names them by their raw values).
public enum FindService: String, Sendable, CaseIterable {
    case arxiv
    case semanticScholar
    case googleScholar

    /// The button's label.
    public var label: String {
        switch self {
        case .arxiv: "arXiv"
        case .semanticScholar: "Semantic Scholar"
        case .googleScholar: "Google Scholar"
        }
    }

    /// The search URL for `query`, which must be percent-encoded already.
    public func url(query: String) -> String {
        switch self {
        case .arxiv: "https://arxiv.org/search/?searchtype=title&query=" + query
        case .semanticScholar: "https://www.semanticscholar.org/search?q=" + query
        case .googleScholar: "https://scholar.google.com/scholar?q=" + query
        }
    }
}
