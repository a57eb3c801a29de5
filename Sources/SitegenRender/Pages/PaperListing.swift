import SitegenModel

/// What lists show of a paper that takes work to make: its title read as plain text, that title
/// encoded for the search links, its venue with the kind told, and its people by canonical name.
/// Made once per paper in `SiteIndex` instead of on each of the lists that show it.
struct PaperListing: Sendable {
    let title: String
    let query: String
    let venue: Venue?
    /// Everyone on the paper (byline and known authors) by canonical name, each once, in order:
    /// what co-author counts and graphs go through, once per page that lists the paper.
    let people: [String]

    /// `canonicalName` gives the name an author's page goes by for any of their spellings.
    init(_ paper: Paper, canonicalName: (String) -> String) {
        title = PlainText.readable(paper.title)
        query = PaperButtons.queryEncoded(title)
        venue = paper.venue
        var seen: Set<String> = []
        people = paper.allAuthors.map(canonicalName).filter { seen.insert($0).inserted }
    }
}
