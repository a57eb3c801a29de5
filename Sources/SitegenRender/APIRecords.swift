import SitegenModel

/// A paper as `api/papers.json` lists it. Encoded by hand so that absent values are written
/// as `null` (synthesized `Encodable` would leave the key out).
struct PaperRecord: Encodable {
    let paper: Paper
    let url: String

    private enum Key: String, CodingKey {
        case id, title, authors, authorsTruncated, organizations, category, date, hasCode, venues, sources
        case altTitles, abstract, url, knownAuthors
    }

    func encode(to encoder: any Encoder) throws {
        var out = encoder.container(keyedBy: Key.self)
        try out.encode(paper.id, forKey: .id)
        try out.encode(paper.title, forKey: .title)
        try out.encode(paper.authors, forKey: .authors)
        try out.encode(paper.authorsTruncated, forKey: .authorsTruncated)
        try out.encode(paper.organizations, forKey: .organizations)
        try out.encode(paper.category, forKey: .category)
        try out.encode(paper.date, forKey: .date)
        try out.encode(paper.hasCode, forKey: .hasCode)
        try out.encode(paper.venues, forKey: .venues)
        try out.encode(paper.sources, forKey: .sources)
        try out.encode(paper.altTitles, forKey: .altTitles)
        try out.encode(paper.abstract, forKey: .abstract)
        try out.encode(url, forKey: .url)
        try out.encode(paper.knownAuthors, forKey: .knownAuthors)
    }
}

/// An author as `api/authors.json` lists it; `profile` is null for authors without a profile page.
struct AuthorRecord: Encodable {
    let author: Author
    let url: String

    private enum Key: String, CodingKey {
        case id, name, profile, papers, url
    }

    func encode(to encoder: any Encoder) throws {
        var out = encoder.container(keyedBy: Key.self)
        try out.encode(author.id, forKey: .id)
        try out.encode(author.name, forKey: .name)
        try out.encode(author.profile.map(StatsRecord.init), forKey: .profile)
        try out.encode(author.paperIDs, forKey: .papers)
        try out.encode(url, forKey: .url)
    }
}

/// `ProfileStats` with every field present, `null` when the page did not show it.
struct StatsRecord: Encodable {
    let stats: ProfileStats

    private enum Key: String, CodingKey {
        case primaryCategory, hIndex, paperCount, citations, novelty, aiScore
    }

    func encode(to encoder: any Encoder) throws {
        var out = encoder.container(keyedBy: Key.self)
        try out.encode(stats.primaryCategory, forKey: .primaryCategory)
        try out.encode(stats.hIndex, forKey: .hIndex)
        try out.encode(stats.paperCount, forKey: .paperCount)
        try out.encode(stats.citations, forKey: .citations)
        try out.encode(stats.novelty, forKey: .novelty)
        try out.encode(stats.aiScore, forKey: .aiScore)
    }
}
