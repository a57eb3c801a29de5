import SitegenModel

/// The records of the JSON data files (`docs/api.md` says what each field means), as `JSONValue`s
/// with their keys in alphabetical order and absent values written as `null` (a reader sees every
/// key on every record).
enum APIRecords {
    /// A paper as `api/papers.json` lists it; `listing` gives its plain texts, `url` is its page's
    /// folder; `authorIDs` gives the author id of a name, if the site has a page for them.
    static func paper(_ paper: Paper, listing: PaperListing, bibTeXKey: String, authorIDs: (String) -> String?, url: String) -> JSONValue {
        let links = paper.links
        let venue = listing.venue
        func people(_ names: [String]) -> JSONValue {
            .array(names.map { .object([("id", .string(authorIDs($0))), ("isGroup", .bool(CitationName.isGroup($0))),
                                        ("name", .string($0))]) })
        }
        return .object([
            ("abstract", .string(paper.abstract)),
            ("abstractText", .string(listing.abstractText)),
            ("altTitles", strings(paper.altTitles)),
            ("arxiv", .string(links?.arxiv)),
            ("authors", people(paper.printedAuthors)),
            ("authorsTruncated", .bool(paper.printedAuthorsAreIncomplete)),
            ("bibtexKey", .string(bibTeXKey)),
            ("category", .string(paper.category)),
            ("date", .string(paper.date?.description)),
            ("doi", .string(links?.doi)),
            ("hasCode", .bool(paper.hasCode || links?.code != nil)),
            ("id", .string(paper.id)),
            ("knownAuthors", people(paper.knownAuthors)),
            ("links", .object([("code", .string(links?.code)), ("pdf", .string(links?.pdf)),
                               ("slides", .string(links?.slides)), ("video", .string(links?.video))])),
            ("organizations", strings(paper.organizations)),
            ("sources", strings(paper.sources)),
            ("tags", strings(links?.tags ?? [])),
            ("title", .string(paper.title)),
            ("titleText", .string(listing.title)),
            ("url", .string(url)),
            ("venue", .string(venue?.name)),
            ("venueType", .string(venue?.kind.rawValue)),
            ("venues", strings(paper.venues)),
            ("year", paper.date.map { .int($0.year) } ?? .null),
        ])
    }

    /// An author as `api/authors.json` lists it; `profile` is null for authors without a profile
    /// page, `details` for authors without a Markdown file.
    static func author(_ author: Author, url: String) -> JSONValue {
        .object([
            ("details", author.details.map(details) ?? .null),
            ("id", .string(author.id)),
            ("name", .string(author.name)),
            ("otherSpellings", strings(author.otherSpellings)),
            ("papers", strings(author.paperIDs)),
            ("profile", author.profile.map(stats) ?? .null),
            ("url", .string(url)),
        ])
    }

    /// What an author's Markdown file says, each field null when it does not.
    private static func details(_ details: AuthorDetails) -> JSONValue {
        .object([
            ("affiliation", .string(details.affiliation)), ("email", .string(details.email)),
            ("github", .string(details.github)), ("homepage", .string(details.homepage)),
            ("orcid", .string(details.orcid)), ("photo", .string(details.photo)), ("scholar", .string(details.scholar)),
        ])
    }

    /// A profile header's numbers, each null when the page did not show it.
    private static func stats(_ stats: ProfileStats) -> JSONValue {
        .object([
            ("aiScore", number(stats.aiScore)),
            ("citations", number(stats.citations)),
            ("hIndex", number(stats.hIndex)),
            ("novelty", number(stats.novelty)),
            ("paperCount", number(stats.paperCount)),
            ("primaryCategory", .string(stats.primaryCategory)),
        ])
    }

    private static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    private static func number(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }
}
