import SitegenModel

/// The records of the JSON data files, as `JSONValue`s with their keys in alphabetical order and
/// absent values written as `null` (a reader sees every key on every record).
enum APIRecords {
    /// A paper as `api/papers.json` lists it; `url` is its page's folder.
    static func paper(_ paper: Paper, url: String) -> JSONValue {
        .object([
            ("abstract", .string(paper.abstract)),
            ("altTitles", strings(paper.altTitles)),
            ("authors", strings(paper.authors)),
            ("authorsTruncated", .bool(paper.authorsTruncated)),
            ("category", .string(paper.category)),
            ("date", .string(paper.date?.description)),
            ("hasCode", .bool(paper.hasCode)),
            ("id", .string(paper.id)),
            ("knownAuthors", strings(paper.knownAuthors)),
            ("organizations", strings(paper.organizations)),
            ("sources", strings(paper.sources)),
            ("title", .string(paper.title)),
            ("url", .string(url)),
            ("venues", strings(paper.venues)),
        ])
    }

    /// An author as `api/authors.json` lists it; `profile` is null for authors without a profile page.
    static func author(_ author: Author, url: String) -> JSONValue {
        .object([
            ("id", .string(author.id)),
            ("name", .string(author.name)),
            ("papers", strings(author.paperIDs)),
            ("profile", author.profile.map(stats) ?? .null),
            ("url", .string(url)),
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
