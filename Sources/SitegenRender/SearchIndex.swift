import SitegenModel

/// The search index: every paper and author as a numbered document, and for every token the
/// documents it occurs in. `SearchFiles` cuts it into the files `assets/search.js` loads.
///
/// Documents: papers first, in the site's order (newest first), then authors, most papers first;
/// lower numbers are what a search shows first. A paper's strong tokens come from its title, its
/// authors and its category (code, arXiv id and name); its weak tokens from its abstract. An
/// author's strong tokens are their spellings. Each token keeps at most `strongLimit` strong and
/// `weakLimit` weak documents, the lowest-numbered (a word in more titles than that says little).
struct SearchIndex: Sendable {
    static let strongLimit = 10_000
    static let weakLimit = 2_000

    /// One search result as the results list shows it: `[title, slug, detail, year]` in the files.
    struct Document: Sendable {
        let title: String
        let slug: String
        let detail: String
        let year: Int?
    }

    /// Documents with these numbers, sorted, for one token.
    struct Postings: Sendable {
        var strong: [Int32] = []
        var weak: [Int32] = []
    }

    let documents: [Document]
    let paperCount: Int
    let postings: [String: Postings]

    init(_ site: Site) {
        let authors = site.authors.sorted { ($0.paperIDs.count, $1.id) > ($1.paperIDs.count, $0.id) }
        paperCount = site.papers.count
        documents = site.papers.map(Self.document) + authors.map(Self.document)
        let texts: [(strong: String, weak: String)] = site.papers.map(Self.text) + authors.map(Self.text)
        // Documents are tokenized on every core and their tokens added in order as they come, so
        // only a window of token lists is held, not every document's (millions of strings).
        var postings: [String: Postings] = [:]
        var number: Int32 = 0
        OrderedParallelMap.run(count: texts.count, make: { Self.tokens(texts[$0]) }, consume: { document in
            for token in document.strong {
                postings[token, default: Postings()].strong.append(number, upTo: Self.strongLimit)
            }
            for token in document.weak {
                postings[token, default: Postings()].weak.append(number, upTo: Self.weakLimit)
            }
            number += 1
        })
        self.postings = postings
    }

    /// A document's strong tokens, and its weak tokens that are not strong.
    private static func tokens(_ text: (strong: String, weak: String)) -> (strong: [String], weak: [String]) {
        let strong = SearchTokens.tokens(text.strong)
        let strongSet = Set(strong)
        return (strong: strong, weak: SearchTokens.tokens(text.weak).filter { !strongSet.contains($0) })
    }

    private static func text(_ paper: Paper) -> (strong: String, weak: String) {
        let category = paper.category.map { code in
            [code, Category(code: code, paperIDs: []).arxivID ?? "", Category.name(of: code)].joined(separator: " ")
        } ?? ""
        return ([paper.title, paper.allAuthors.joined(separator: " "), category].joined(separator: " "), paper.abstract ?? "")
    }

    private static func text(_ author: Author) -> (strong: String, weak: String) {
        (([author.name] + author.otherSpellings).joined(separator: " "), "")
    }

    private static func document(_ paper: Paper) -> Document {
        let names = paper.allAuthors
        let more = names.count > 3 || paper.authorsTruncated ? " et al." : ""
        return Document(title: paper.title, slug: paper.id, detail: names.prefix(3).joined(separator: ", ") + more,
                        year: paper.date?.year)
    }

    private static func document(_ author: Author) -> Document {
        Document(title: author.name, slug: author.id, detail: ItemContext.papersText(author.paperIDs.count), year: nil)
    }
}

private extension Array where Element == Int32 {
    /// Appends `number` unless the list holds `limit` documents already (the lowest-numbered are kept).
    mutating func append(_ number: Int32, upTo limit: Int) {
        if count < limit { append(number) }
    }
}
