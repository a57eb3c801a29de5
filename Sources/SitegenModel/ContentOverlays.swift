/// What a researcher wrote by hand about an author (`Content/authors/<slug>.md`).
public struct AuthorDetails: Sendable, Equatable {
    /// An http(s) URL, or the path from the site root of a file of `Content/static/` (copied there
    /// by the build); the loader refuses anything else.
    public var photo: String?
    public var affiliation: String?
    public var homepage: String?
    public var orcid: String?
    public var scholar: String?
    public var github: String?
    public var email: String?
    /// The Markdown body: a short biography.
    public var bio: String?
    /// The file it came from, relative to the content folder.
    public var source: String

    public init(photo: String? = nil, affiliation: String? = nil, homepage: String? = nil, orcid: String? = nil,
                scholar: String? = nil, github: String? = nil, email: String? = nil, bio: String? = nil, source: String) {
        self.photo = photo
        self.affiliation = affiliation
        self.homepage = homepage
        self.orcid = orcid
        self.scholar = scholar
        self.github = github
        self.email = email
        self.bio = bio
        self.source = source
    }

    /// Profile URLs for JSON-LD `sameAs`: homepage, ORCID, Google Scholar, GitHub.
    public var sameAs: [String] {
        [homepage, orcid.map { $0.hasPrefix("http") ? $0 : "https://orcid.org/\($0)" },
         scholar.map { $0.hasPrefix("http") ? $0 : "https://scholar.google.com/citations?user=\($0)" },
         github.map { $0.hasPrefix("http") ? $0 : "https://github.com/\($0)" }].compactMap { $0 }
    }
}

/// What a researcher wrote by hand about a paper (`Content/papers/<slug>.md`).
public struct PaperLinks: Sendable, Equatable {
    public var arxiv: String?
    public var doi: String?
    public var pdf: String?
    public var code: String?
    public var slides: String?
    public var video: String?
    public var venue: String?
    /// `type:`: the venue's kind when the name alone would be read wrong (`VenueClassifier`).
    public var type: VenueKind?
    /// `date:`: the publication date, over what the captures say (or when they say nothing).
    public var date: PaperDate?
    /// `authors:`: the whole byline in order, over the captured one (which may be cut or missing);
    /// empty when not given.
    public var authors: [String]
    public var tags: [String]
    /// The Markdown body: notes shown on the paper page.
    public var notes: String?
    /// The file it came from, relative to the content folder.
    public var source: String

    public init(arxiv: String? = nil, doi: String? = nil, pdf: String? = nil, code: String? = nil, slides: String? = nil,
                video: String? = nil, venue: String? = nil, type: VenueKind? = nil, date: PaperDate? = nil,
                authors: [String] = [], tags: [String] = [], notes: String? = nil, source: String) {
        self.arxiv = arxiv
        self.doi = doi
        self.pdf = pdf
        self.code = code
        self.slides = slides
        self.video = video
        self.venue = venue
        self.type = type
        self.date = date
        self.authors = authors
        self.tags = tags
        self.notes = notes
        self.source = source
    }
}

/// A free page (`Content/pages/<slug>.md`), published at `<slug>/index.html`.
public struct FreePage: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    /// The Markdown body.
    public var body: String
    public var source: String

    public init(id: String, title: String, body: String, source: String) {
        self.id = id
        self.title = title
        self.body = body
        self.source = source
    }
}

/// One entry of the site menu (`menu:` in site.yml).
public struct MenuItem: Sendable, Equatable {
    public var title: String
    /// A path relative to the site root (`about/`) or an absolute http(s) URL.
    public var url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}
