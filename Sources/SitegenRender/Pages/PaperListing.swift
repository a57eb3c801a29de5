import SitegenModel
import SitegenTemplates

/// What pages and files show of a paper that takes work to make: its title and abstract read as
/// plain text, that title encoded for the search links, its venue with the kind told, and its
/// people by canonical name. Made once per paper in `SiteIndex` instead of on each of the pages,
/// lists and files that show it; a class, so a lookup retains one reference.
final class PaperListing: Sendable {
    let title: String
    /// The abstract as plain text on one line (the abstract itself, sharing its storage, when it
    /// has no TeX or extra white space).
    let abstractText: String?
    let query: String
    let venue: Venue?
    /// The author of each byline name (`Paper.authors`, in order), nil for a name without a page:
    /// bylines are shown on many pages, and each name is looked up once here.
    let authorLinks: [AuthorLink?]
    /// Each byline name that is its author's own name: as a page of a section shows it to anyone
    /// but that author (`AuthorLink.personInSection`, shared); nil for other names. Here so that a
    /// byline reads one array per paper, not each author (most of a byline's time was waiting for
    /// authors scattered in memory).
    let bylineInSection: [Context?]
    /// The known authors the byline does not list (`Paper.unlistedKnownAuthors`), each with their
    /// author (nil: none has a page).
    let unlistedKnownAuthors: [Person]
    /// Everyone on the paper (byline and known authors) by canonical name, each once, in order:
    /// what co-author counts and graphs go through, once per page that lists the paper.
    let people: [Person]

    /// Its texts: taken again for a paper with the same title, abstract, first author and year (`Texts.areRead`).
    var texts: Texts {
        Texts(title: title, abstractText: abstractText, query: query, bibTeXBase: bibTeXBase)
    }

    /// Someone on a paper: a name and the author it stands for (nil: nobody with a page).
    struct Person: Sendable {
        let name: String
        let author: AuthorLink?
    }

    /// The paper's BibTeX key before duplicates are told apart (`BibTeXKeys.baseKey`).
    let bibTeXBase: String

    /// What a listing reads of its paper's title, abstract, first author and year: the slow part
    /// (TeX read as Unicode, names folded), which `sitegen serve` keeps while they are the same (`IndexReuse`).
    struct Texts: Sendable {
        let title: String
        let abstractText: String?
        let query: String
        let bibTeXBase: String

        init(title: String, abstractText: String?, query: String, bibTeXBase: String) {
            (self.title, self.abstractText, self.query, self.bibTeXBase) = (title, abstractText, query, bibTeXBase)
        }

        init(_ paper: Paper) {
            title = PlainText.readable(paper.title)
            abstractText = paper.abstract.map(PlainText.readable)
            query = PaperButtons.queryEncoded(title)
            bibTeXBase = BibTeXKeys.baseKey(paper)
        }

        /// Whether `paper` has the title, abstract, first printed author and year of `other`: all
        /// that its texts are read from.
        static func areRead(from paper: Paper, as other: Paper) -> Bool {
            paper.title == other.title && paper.abstract == other.abstract
                && paper.printedAuthors.first == other.printedAuthors.first && paper.date?.year == other.date?.year
        }
    }

    /// `author` gives the author any spelling of a name stands for (`SiteIndex.authorsByName`);
    /// `texts` are `Texts(paper)` when known.
    init(_ paper: Paper, texts: Texts? = nil, author: (String) -> AuthorLink?) {
        let texts = texts ?? Texts(paper)
        (title, abstractText, query, bibTeXBase) = (texts.title, texts.abstractText, texts.query, texts.bibTeXBase)
        venue = paper.venue
        authorLinks = paper.authors.map(author)
        bylineInSection = zip(paper.authors, authorLinks).map { name, link in
            link.flatMap { name == $0.name ? $0.personInSection : nil }
        }
        unlistedKnownAuthors = paper.unlistedKnownAuthors.map { Person(name: $0, author: author($0)) }
        var seen: Set<String> = []
        people = paper.allAuthors.map { name in
            let link = author(name)
            return Person(name: link?.name ?? name, author: link)
        }.filter { seen.insert($0.name).inserted }
    }
}
