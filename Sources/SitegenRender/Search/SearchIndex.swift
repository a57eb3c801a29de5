import SitegenModel
import SitegenSupport

/// The search index: every paper and author as a numbered document, and for every token the
/// documents it occurs in. `SearchFiles` cuts it into the files `assets/search.js` loads.
///
/// Documents: papers first, in the site's order (newest first), then authors, most papers first;
/// lower numbers are what a search shows first. A paper's strong tokens come from its title, its
/// authors and its category (code, arXiv id and name); its weak tokens from its abstract. An
/// author's strong tokens are their spellings. Each posting keeps the position of the token's
/// first word in the document's strong texts or in its abstract (`SearchTokens`), so a query can
/// rank adjacent words first. Each token keeps at most `strongLimit` strong and `weakLimit` weak
/// documents, the lowest-numbered (a word in more titles than that says little).
struct SearchIndex: Sendable {
    static let strongLimit = 10_000
    static let weakLimit = 2_000

    /// One search result as the results list shows it: `[title, slug, detail, year, buttons]` in
    /// the files (`buttons` only for papers).
    struct Document: Sendable {
        let title: String
        let slug: String
        let detail: String
        let year: Int?
        var buttons: [Button] = []
    }

    /// A paper's button as its document keeps it: the number of its shape in `shapes`, and the
    /// link of a `.own` shape. A shape's texts are held once, not once per paper.
    struct Button: Sendable {
        let shape: Int32
        let link: String?
    }

    /// A document a token occurs in, and the position of the token's first word there.
    struct Posting: Sendable, Equatable {
        let document: Int32
        let position: Int32
    }

    /// The documents of one token, sorted by number.
    struct Postings: Sendable {
        var strong: [Posting] = []
        var weak: [Posting] = []

        /// Adds the documents of `later` (all numbered after these), up to the limits.
        mutating func append(_ later: Postings) {
            strong += later.strong.prefix(max(0, SearchIndex.strongLimit - strong.count))
            weak += later.weak.prefix(max(0, SearchIndex.weakLimit - weak.count))
        }
    }

    /// How many documents one core tokenizes and gathers at a time.
    static let runLength = 512

    let documents: [Document]
    let paperCount: Int
    /// The papers' button shapes, each once, in the order the documents first have them.
    let shapes: [SearchButtons.Shape]
    let postings: [String: Postings]

    /// The index of `index`'s site; with `cache`, runs of documents whose texts the last render
    /// tokenized are taken from it, and it is left holding this render's runs.
    init(_ index: SiteIndex, cache: SearchRunCache? = nil) {
        let site = index.site
        let authors = site.authors.sorted { ($0.paperIDs.count, $1.id) > ($1.paperIDs.count, $0.id) }
        paperCount = site.papers.count
        let papers = site.papers
        (documents, shapes) = Self.documents(papers, authors: authors, index: index)
        let count = documents.count
        // Runs of documents are tokenized and gathered on every core, and each run's postings are
        // appended in order as they come: the calling thread then does one lookup per distinct
        // token of a run, not one per token of every document (it was the slowest part of a
        // rebuild), and only a window of runs is held, not every document's tokens.
        var postings: [String: Postings] = [:]
        let runs = (count + Self.runLength - 1) / Self.runLength
        let last = cache?.take(runLength: Self.runLength) ?? [:]
        var kept: [ContentDigest: SearchRunCache.Gathered] = [:]
        OrderedParallelMap.run(count: runs, window: 8, make: { run -> (ContentDigest?, SearchRunCache.Gathered) in
            let numbers = (run * Self.runLength)..<min(count, (run + 1) * Self.runLength)
            let texts = numbers.map { number in
                number < papers.count ? Self.text(papers[number], listing: index.listing(of: papers[number])) : Self.text(authors[number - papers.count])
            }
            let digest = cache.map { _ in Self.digest(of: texts, from: numbers.lowerBound) }
            if let digest, let gathered = last[digest] { return (digest, gathered) }
            var gathered = RunPostings()
            for (number, text) in zip(numbers, texts) {
                gathered.document = Int32(number)
                SearchTokens.read(strong: text.strong, weak: text.weak, into: &gathered)
            }
            return (digest, gathered.gathered())
        }, consume: { digest, gathered in
            if let digest { kept[digest] = gathered }
            for (token, found) in gathered {
                postings[token, default: Postings()].append(found)
            }
        })
        cache?.keep(kept, runLength: Self.runLength)
        self.postings = postings
    }

    /// What a run's postings are made from: the number of its first document and every text of each.
    private static func digest(of texts: [(strong: [String], weak: String)], from first: Int) -> ContentDigest {
        var digest = FieldDigest()
        digest.add(first)
        for text in texts {
            digest.add(text.strong)
            digest.add(text.weak)
        }
        return digest.digest()
    }

    /// The title, each author and the category's code, arXiv id and name; the abstract.
    private static func text(_ paper: Paper, listing: PaperListing) -> (strong: [String], weak: String) {
        var strong = [listing.title] + paper.allAuthors
        if let code = paper.category {
            strong += [code, Category(code: code, paperIDs: []).arxivID ?? "", Category.name(of: code)]
        }
        return (strong, listing.abstractText ?? "")
    }

    private static func text(_ author: Author) -> (strong: [String], weak: String) {
        ([author.name] + author.otherSpellings, "")
    }

    /// The papers' documents then the authors', and the papers' button shapes. Papers are made on
    /// every core, a window of runs at a time, and their buttons' shapes numbered in order as the
    /// runs come: a shape's texts are never held once per paper.
    private static func documents(_ papers: [Paper], authors: [Author], index: SiteIndex) -> ([Document], [SearchButtons.Shape]) {
        let config = index.site.config
        var documents: [Document] = []
        documents.reserveCapacity(papers.count + authors.count)
        var numbers: [SearchButtons.Shape: Int32] = [:]
        var shapes: [SearchButtons.Shape] = []
        let runs = (papers.count + runLength - 1) / runLength
        OrderedParallelMap.run(count: runs, window: 8, make: { run in
            papers[(run * runLength)..<min(papers.count, (run + 1) * runLength)].map { paper in
                let listing = index.listing(of: paper)
                return (document(paper, listing: listing), SearchButtons.buttons(of: paper, query: listing.query, config: config))
            }
        }, consume: { made in
            for (document, buttons) in made {
                var numbered = document
                numbered.buttons = buttons.map { button in
                    let number = numbers[button.shape] ?? {
                        shapes.append(button.shape)
                        numbers[button.shape] = Int32(shapes.count - 1)
                        return Int32(shapes.count - 1)
                    }()
                    return Button(shape: number, link: button.link)
                }
                documents.append(numbered)
            }
        })
        documents += authors.map(document)
        return (documents, shapes)
    }

    private static func document(_ paper: Paper, listing: PaperListing) -> Document {
        // The byline as lists print it: the first names, how many more, and whether it was cut.
        let names = paper.printedAuthors
        let hidden = names.count - PartBuilder.bylineLimit
        let more = (hidden > 0 ? " +\(hidden) more authors" : "") + (!names.isEmpty && paper.printedAuthorsAreIncomplete ? " et al." : "")
        return Document(title: listing.title, slug: paper.id, detail: names.prefix(PartBuilder.bylineLimit).joined(separator: ", ") + more,
                        year: paper.date?.year)
    }

    private static func document(_ author: Author) -> Document {
        Document(title: author.name, slug: author.id, detail: PartBuilder.papersText(author.paperIDs.count), year: nil)
    }
}
