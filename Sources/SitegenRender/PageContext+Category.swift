import SitegenModel

extension PageContext {
    /// `categories/<id>/index.html`. Keys: those of `ItemContext.category` (`code`, `name`,
    /// `arxivID`, `paperCount`, …) plus `summary` (one line, or null), `papers` (paper summaries,
    /// newest first), `yearChart` (see `ChartContext`, or null), `topAuthors` (people with
    /// `paperCount`), `related` (category items with `sharedAuthors`: categories the same authors
    /// publish in), each list with a `has…` flag; `downloads` (`bib`, `json`), `pageFeed`, `jsonLD`.
    func category(_ category: Category) -> Page {
        page(.category, at: SitePath.category(category.id), section: .categories) { items in
            let papers = index.papers(category.paperIDs)
            let folder = SitePath.directory(of: SitePath.category(category.id))
            let topAuthors = (index.categoryFacts.topAuthors[category.code] ?? []).map { ranked -> Context in
                var person = items.person(ranked.value)
                person["paperCount"] = ranked.count
                return person
            }
            let related = (index.categoryFacts.related[category.code] ?? []).map { ranked -> Context in
                var other = items.category(index.categoriesByCode[ranked.value] ?? Category(code: ranked.value, paperIDs: []))
                other["sharedAuthors"] = ranked.count
                return other
            }
            var own = items.category(category)
            own["summary"] = orNull(category.summary)
            own["papers"] = items.paperSummaries(papers)
            own["yearChart"] = ChartContext.years(Tally.perYear(papers.compactMap { $0.date?.year }), caption: "Papers per year")
            own["topAuthors"] = topAuthors
            own["hasTopAuthors"] = !topAuthors.isEmpty
            own["related"] = related
            own["hasRelated"] = !related.isEmpty
            own["downloads"] = CitationFiles.listLinks(folder: folder, papers: papers, items: items)
            own["pageFeed"] = AtomFeed.pageLink(folder: folder, name: category.name, items: items)
            own["jsonLD"] = JSONLD.collectionPage(category.name, at: SitePath.category(category.id),
                                                  trail: [("Home", SitePath.home), ("Categories", SitePath.categoriesIndex)],
                                                  items: items)
            return own
        }
    }
}
