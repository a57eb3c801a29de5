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

    /// Someone on a paper: a name and the author it stands for (nil: nobody with a page).
    struct Person: Sendable {
        let name: String
        let author: AuthorLink?
    }

    /// `author` gives the author any spelling of a name stands for (`SiteIndex.authorsByName`).
    init(_ paper: Paper, author: (String) -> AuthorLink?) {
        title = PlainText.readable(paper.title)
        abstractText = paper.abstract.map(PlainText.readable)
        query = PaperButtons.queryEncoded(title)
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
