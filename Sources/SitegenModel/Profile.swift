/// The numbers a full-profile header shows for its owner.
public struct ProfileStats: Sendable, Equatable, Codable {
    public var primaryCategory: String?
    public var hIndex: Int?
    public var paperCount: Int?
    public var citations: Int?
    public var novelty: Int?
    public var aiScore: Int?

    public init(primaryCategory: String? = nil, hIndex: Int? = nil, paperCount: Int? = nil,
                citations: Int? = nil, novelty: Int? = nil, aiScore: Int? = nil) {
        self.primaryCategory = primaryCategory
        self.hIndex = hIndex
        self.paperCount = paperCount
        self.citations = citations
        self.novelty = novelty
        self.aiScore = aiScore
    }
}

/// How a page's owner was decided.
public enum OwnerSource: String, Sendable, Codable {
    /// Named in the page's own header (layout A).
    case header
    /// The one author a collaborators list (layout B) is about.
    case byline
    /// Set by `profiles: <file>: owner:` in `site.yml`.
    case config
    /// No header, but one author dominates the page's bylines.
    case inferred
    /// Nobody: the page has no stated or inferable owner.
    case none
}

/// One captured profile page, as read.
public struct Profile: Sendable, Equatable {
    /// The file name inside the profiles folder, e.g. `000_ccd6bb956600ebde.txt`.
    public var file: String
    public var layout: Layout
    /// Canonical name of the owner, after name folding.
    public var owner: String?
    public var ownerSource: OwnerSource
    public var stats: ProfileStats?
    /// Entries read from the page (before merging).
    public var entryCount: Int

    public init(file: String, layout: Layout, owner: String?, ownerSource: OwnerSource,
                stats: ProfileStats?, entryCount: Int) {
        self.file = file
        self.layout = layout
        self.owner = owner
        self.ownerSource = ownerSource
        self.stats = stats
        self.entryCount = entryCount
    }
}
