/// One unique paper after merging every entry that describes it.
public struct Paper: Sendable, Equatable, Identifiable {
    /// Stable slug, unique among papers; the page lives at `papers/<id>/`.
    public var id: String
    public var title: String
    /// The byline as shown (canonical spellings), in order; may be cut (`authorsTruncated`).
    public var authors: [String]
    /// The byline ended in `et al.`: more authors exist than are listed.
    public var authorsTruncated: Bool
    /// Some page printed a byline (or the paper's file gives one); false when the paper was seen only
    /// on collaborators lists, whose one name (`authors`) is the list's owner, not a byline (see
    /// `printedAuthors`).
    public var hasPrintedByline: Bool
    /// Short lower-case organisation names from the byline (`deepmind`).
    public var organizations: [String]
    /// Two-letter subject code (`CL`), when a page gave one.
    public var category: String?
    public var date: PaperDate?
    public var hasCode: Bool
    /// Venues named by collaborators lists (`arXiv.org Artificial Intelligence`).
    public var venues: [String]
    /// Files the paper was found in, sorted.
    public var sources: [String]
    /// Other titles the same paper was seen under.
    public var altTitles: [String]
    /// The abstract as captured (Markdown with TeX), if any page had it.
    public var abstract: String?
    /// Owners of the pages the paper was found on: authors even when the byline is cut before them.
    public var knownAuthors: [String]
    /// What `Content/papers/<id>.md` adds, if it exists.
    public var links: PaperLinks?

    public init(id: String, title: String, authors: [String], authorsTruncated: Bool, hasPrintedByline: Bool,
                organizations: [String], category: String?, date: PaperDate?, hasCode: Bool,
                venues: [String], sources: [String], altTitles: [String], abstract: String?,
                knownAuthors: [String], links: PaperLinks? = nil) {
        self.id = id
        self.title = title
        self.authors = authors
        self.authorsTruncated = authorsTruncated
        self.hasPrintedByline = hasPrintedByline
        self.organizations = organizations
        self.category = category
        self.date = date
        self.hasCode = hasCode
        self.venues = venues
        self.sources = sources
        self.altTitles = altTitles
        self.abstract = abstract
        self.knownAuthors = knownAuthors
        self.links = links
    }

    /// Byline authors followed by known authors missing from it, each once.
    public var allAuthors: [String] {
        if knownAuthors.isEmpty && authors.count < 2 { return authors }
        var all: [String] = []
        all.reserveCapacity(authors.count + knownAuthors.count)
        // Short lists (nearly all) are checked by scanning, which beats hashing every name.
        if authors.count + knownAuthors.count <= 16 {
            for name in authors where !all.contains(name) { all.append(name) }
            for name in knownAuthors where !all.contains(name) { all.append(name) }
            return all
        }
        var seen = Set<String>(minimumCapacity: authors.count + knownAuthors.count)
        for name in authors where seen.insert(name).inserted { all.append(name) }
        for name in knownAuthors where seen.insert(name).inserted { all.append(name) }
        return all
    }

    /// The byline as printed, in order: empty when no page printed one (a paper seen only on
    /// collaborators lists, which name their owner but no byline) and its file gives none.
    public var printedAuthors: [String] { hasPrintedByline ? authors : [] }

    /// `printedAuthors` is not every author: the byline ended in `et al.`, or none was printed.
    public var printedAuthorsAreIncomplete: Bool { authorsTruncated || !hasPrintedByline }

    /// Known authors (page owners) that the byline does not list.
    public var unlistedKnownAuthors: [String] {
        guard !knownAuthors.isEmpty else { return [] }
        // Short bylines (nearly all) are scanned, which beats hashing every name.
        if authors.count <= 16 { return knownAuthors.filter { !authors.contains($0) } }
        let listed = Set(authors)
        return knownAuthors.filter { !listed.contains($0) }
    }
}
