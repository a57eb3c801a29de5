/// One person (or group author), every spelling of their name folded into one.
public struct Author: Sendable, Equatable, Identifiable {
    /// Stable slug, unique among authors; the page lives at `authors/<id>/`.
    public var id: String
    /// The spelling seen most often.
    public var name: String
    /// Every other spelling seen, sorted.
    public var otherSpellings: [String]
    /// Header stats when the author owns a full-profile page.
    public var profile: ProfileStats?
    /// The profile files this author owns, sorted.
    public var ownedFiles: [String]
    /// Ids of the papers they wrote, newest first.
    public var paperIDs: [String]
    /// What `Content/authors/<id>.md` adds, if it exists.
    public var details: AuthorDetails?

    public init(id: String, name: String, otherSpellings: [String], profile: ProfileStats?,
                ownedFiles: [String], paperIDs: [String], details: AuthorDetails? = nil) {
        self.id = id
        self.name = name
        self.otherSpellings = otherSpellings
        self.profile = profile
        self.ownedFiles = ownedFiles
        self.paperIDs = paperIDs
        self.details = details
    }

    /// Owns at least one profile page.
    public var isOwner: Bool { !ownedFiles.isEmpty }
}
