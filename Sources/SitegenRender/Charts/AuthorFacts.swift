import SitegenModel

/// What an author page counts from the author's own papers: papers per year, the category mix and
/// the organizations of the bylines they appear in. Cheap: linear in the author's papers.
struct AuthorFacts {
    let papers: PaperSelection
    /// Oldest year first, gaps filled with zero.
    let years: [(year: Int, count: Int)]
    /// Category codes, most papers first.
    let categories: [(value: String, count: Int)]
    /// Organizations of the bylines that name the author, most frequent first.
    let organizations: [(value: String, count: Int)]

    init(_ author: Author, index: SiteIndex) {
        papers = index.papers(author.paperIDs)
        // Each field is read in place: a `Paper` copied per paper retained and released a dozen fields.
        let (all, positions) = (papers.all, papers.positions)
        years = Tally.perYear(positions.lazy.compactMap { all[$0].date?.year })
        categories = Tally.ranked(positions.lazy.compactMap { all[$0].category })
        let spellings = [author.name] + author.otherSpellings
        organizations = Tally.ranked(positions.lazy.filter { all[$0].authors.contains(where: spellings.contains) }
            .flatMap { all[$0].organizations })
    }
}
