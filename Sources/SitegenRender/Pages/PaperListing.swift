import SitegenModel

/// What lists show of a paper that takes work to make: its title read as plain text, that title
/// encoded for the search links, and its venue with the kind told. Made once per paper in
/// `SiteIndex` instead of on each of the lists that show it.
struct PaperListing: Sendable {
    let title: String
    let query: String
    let venue: Venue?

    init(_ paper: Paper) {
        title = PlainText.readable(paper.title)
        query = PaperButtons.queryEncoded(title)
        venue = paper.venue
    }
}
