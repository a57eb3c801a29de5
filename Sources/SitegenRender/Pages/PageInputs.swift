import SitegenModel
import SitegenSupport
import SitegenTemplates

/// Digests of everything a paper, author, category or list page and the files beside it are made
/// from, so a build can take them from the last one instead of building them again when nothing
/// they read has changed (`SiteRenderer.render(_:to:environment:lastBuild:)`): the files beside a
/// page (citations, bulk files, feed) read the content only, the page also its templates. The home
/// page, the categories index and free pages read the whole site (or cost nothing) and are always
/// built; the site feed, the API and search are kept as groups when the content is unchanged
/// (`SiteRenderer.render`).
///
/// What each digest covers, and why that is all the page reads:
/// - every page: sitegen itself and the build options (`environment`), `site.yml`, the site's
///   counts (every page shows them), every category's code and paper count (every paper in a
///   list shows its category), and, for the page alone, the text of the templates its kind uses
///   (its template, the partials and the layout it reaches: a change to `paper.mustache` rebuilds
///   paper pages only, and none of the files beside them);
/// - a paper (`paper`): all of its fields, its BibTeX key, what each of its names links to
///   (canonical name and page) and the owner of each page it was found on; a paper page is that;
/// - an author page: all of the author's fields, the profile pages they own, and each of their
///   papers as above (charts, co-authors, feeds and downloads are made from those);
/// - a category's first page: its papers as above, its top authors and related categories (its
///   chart, bulk downloads and feed); a next page: its own papers;
/// - a page of the papers index: its papers, and where each year starts (the year links);
/// - a page of the authors index: each of its authors as lists show them (name, page, paper count,
///   owner, profile numbers) with their sort key and where each initial starts.
///
/// A field added to `Paper`, `Author`, `Profile` or the overlays must be added here too; the tests
/// count the fields of each type to make that hard to forget.
struct PageInputs: Sendable {
    private let shared: ContentDigest
    private let templates: [PageTemplate: ContentDigest]
    private let siteDigests: SiteDigests
    private let index: SiteIndex

    /// Each paper and category as pages show them: made from the site alone, so made once per
    /// `SiteIndex` (`SiteIndex.pageDigests`), which a template edit under `sitegen serve` renders again.
    struct SiteDigests: Sendable {
        let papers: [String: ContentDigest]
        /// Category code → the digest of its papers and rankings, shared by its pages.
        let categories: [String: ContentDigest]

        /// With `reuse`, a paper whose digest's inputs are the last render's takes its digest from it.
        init(_ index: SiteIndex, reuse: IndexReuse?) {
            let site = index.site
            let digests = OrderedParallelMap.map(site.papers) { paper in
                reuse?.pageDigest(of: paper, key: index.bibTeXKeys[paper.id]) ?? PageInputs.digest(of: paper, index: index)
            }
            let papers = Dictionary(zip(site.papers.lazy.map(\.id), digests), uniquingKeysWith: { first, _ in first })
            self.papers = papers
            let categoryDigests = OrderedParallelMap.map(site.categories) { PageInputs.digest(of: $0, papers: papers, index: index) }
            categories = Dictionary(zip(site.categories.map(\.code), categoryDigests), uniquingKeysWith: { first, _ in first })
        }
    }

    /// The digests of `index`'s site; `environment` names what else changes output (sitegen's
    /// version, options).
    init(_ index: SiteIndex, templates: TemplateSet, environment: String) {
        self.index = index
        let site = index.site
        var shared = FieldDigest()
        shared.add(environment)
        Self.add(site.config, to: &shared)
        shared.add(site.papers.count)
        shared.add(site.authors.count)
        shared.add(site.categories.count)
        for category in site.categories {
            shared.add(category.code)
            shared.add(category.paperIDs.count)
        }
        self.shared = shared.digest()
        self.templates = Dictionary(uniqueKeysWithValues: PageTemplate.allCases.map { page in
            var builder = FieldDigest()
            for (name, text) in templates.sources(usedBy: page.rawValue) {
                builder.add(name)
                builder.add(text)
            }
            return (page, builder.digest())
        })
        siteDigests = index.pageDigests
    }

    /// What one page is made from.
    struct Digests: Equatable, Sendable {
        /// Everything but the templates: what the files beside the page are made from (they are
        /// never rendered with a template).
        let content: ContentDigest
        /// That and the templates the page kind uses: what the page is made from.
        let page: ContentDigest
    }

    /// The digests of what `job` is made from, or nil for the pages that are always built.
    func digests(of job: PageJob) -> Digests? {
        let site = index.site
        var builder = FieldDigest()
        builder.add(shared)
        let template: PageTemplate
        switch job {
        case .paper(let position):
            template = .paper
            builder.add(siteDigests.papers[site.papers[position].id]!)
        case .author(let position):
            template = .author
            add(site.authors[position], to: &builder)
        case .category(let position, page: 1):
            template = .category
            builder.add(siteDigests.categories[site.categories[position].code])
        case .category(let position, let page):
            // A next page shows its own papers, and of the category only what `shared` has.
            let category = site.categories[position]
            template = .category
            builder.add(category.code)
            builder.add(page)
            addPapers(ListPagination.slice(category.paperIDs, page: page, perPage: ListPagination.papersPerPage), to: &builder)
        case .papersIndex(let page):
            template = .papers
            builder.add(page)
            Self.add(starts: index.yearStarts, to: &builder) { $0.add($1) }
            addPapers(ListPagination.slice(site.papers, page: page, perPage: ListPagination.papersPerPage).lazy.map(\.id), to: &builder)
        case .authorsIndex(let page):
            template = .authors
            builder.add(page)
            Self.add(starts: index.initialStarts, to: &builder) { $0.add($1) }
            for (author, key) in ListPagination.slice(index.authorsBySortKey, page: page, perPage: ListPagination.authorsPerPage) {
                builder.add(key)
                Self.addListed(author, to: &builder)
            }
        case .home, .categoriesIndex, .search, .notFound, .freePage:
            return nil
        }
        let content = builder.digest()
        var page = FieldDigest()
        page.add(content)
        page.add(templates[template]!)
        return Digests(content: content, page: page.digest())
    }

    /// Where each group of a list starts (a year, an initial): what its links point to.
    private static func add<Key>(starts: [(key: Key, position: Int)], to builder: inout FieldDigest,
                                 key: (inout FieldDigest, Key) -> Void) {
        for (group, position) in starts {
            key(&builder, group)
            builder.add(position)
        }
    }

    private func addPapers(_ ids: some Sequence<String>, to builder: inout FieldDigest) {
        for id in ids {
            builder.add(id)
            builder.add(siteDigests.papers[id])
        }
    }

    /// An author as lists show them (`PartBuilder.author`): name, page, paper count, owner, stats.
    private static func addListed(_ author: Author, to builder: inout FieldDigest) {
        builder.add(author.id)
        builder.add(author.name)
        builder.add(author.paperIDs.count)
        builder.add(author.isOwner)
        add(author.profile, to: &builder)
    }

    private func add(_ author: Author, to builder: inout FieldDigest) {
        builder.add(author.id)
        builder.add(author.name)
        builder.add(author.otherSpellings)
        Self.add(author.profile, to: &builder)
        builder.add(author.ownedFiles)
        for file in author.ownedFiles {
            Self.add(index.profilesByFile[file], to: &builder)
        }
        builder.add(author.paperIDs)
        for id in author.paperIDs {
            builder.add(siteDigests.papers[id])
        }
        builder.add(author.details != nil)
        if let details = author.details {
            // Not `source`: no page shows it, and it names the content folder, which may move.
            builder.add([details.photo, details.affiliation, details.homepage, details.orcid, details.scholar,
                         details.github, details.email, details.bio])
        }
    }

    /// A category as its pages show it: its papers, top authors and related categories.
    fileprivate static func digest(of category: Category, papers: [String: ContentDigest], index: SiteIndex) -> ContentDigest {
        var builder = FieldDigest()
        builder.add(category.code)
        builder.add(category.paperIDs)
        for id in category.paperIDs {
            builder.add(papers[id])
        }
        for ranked in index.categoryFacts.topAuthors[category.code] ?? [] {
            builder.add(ranked.value)
            builder.add(ranked.count)
            Self.add(link: ranked.value, index: index, to: &builder)
        }
        builder.add("related")
        for ranked in index.categoryFacts.related[category.code] ?? [] {
            builder.add(ranked.value)
            builder.add(ranked.count)
        }
        return builder.digest()
    }

    /// A paper as any page shows it: its fields, BibTeX key, where its names link, its pages' owners.
    fileprivate static func digest(of paper: Paper, index: SiteIndex) -> ContentDigest {
        var builder = FieldDigest()
        builder.add(paper.id)
        builder.add(paper.title)
        builder.add(paper.authors)
        builder.add(paper.authorsTruncated)
        builder.add(paper.hasPrintedByline)
        builder.add(paper.organizations)
        builder.add(paper.category)
        builder.add(paper.date.map { $0.description })
        builder.add(paper.hasCode)
        builder.add(paper.venues)
        builder.add(paper.sources)
        builder.add(paper.altTitles)
        builder.add(paper.abstract)
        builder.add(paper.knownAuthors)
        builder.add(paper.links != nil)
        if let links = paper.links {
            // Not `source`, as for author files.
            builder.add([links.arxiv, links.doi, links.pdf, links.code, links.slides, links.video, links.venue,
                         links.type?.rawValue, links.date?.description, links.notes])
            builder.add(links.tags)
            builder.add(links.authors)
        }
        builder.add(index.bibTeXKeys[paper.id])
        for name in paper.allAuthors {
            add(link: name, index: index, to: &builder)
        }
        for file in paper.sources {
            let owner = index.profilesByFile[file]?.owner
            builder.add(owner)
            if let owner { add(link: owner, index: index, to: &builder) }
        }
        return builder.digest()
    }

    /// Where a byline name links: the canonical name and page of its author, if any.
    private static func add(link name: String, index: SiteIndex, to builder: inout FieldDigest) {
        let link = index.authorsByName[name]
        builder.add(link?.name)
        builder.add(link?.path)
    }

    private static func add(_ profile: Profile?, to builder: inout FieldDigest) {
        builder.add(profile != nil)
        guard let profile else { return }
        builder.add(profile.file)
        builder.add(profile.layout.rawValue)
        builder.add(profile.owner)
        builder.add(profile.ownerSource.rawValue)
        add(profile.stats, to: &builder)
        builder.add(profile.entryCount)
    }

    private static func add(_ stats: ProfileStats?, to builder: inout FieldDigest) {
        builder.add(stats != nil)
        guard let stats else { return }
        builder.add(stats.primaryCategory)
        for number in [stats.hIndex, stats.paperCount, stats.citations, stats.novelty, stats.aiScore] {
            builder.add(number)
        }
    }

    private static func add(_ config: SiteConfig, to builder: inout FieldDigest) {
        builder.add(config.title)
        builder.add(config.baseURL)
        builder.add(config.captureYear)
        for (file, override) in config.profiles.sorted(by: { $0.key < $1.key }) {
            builder.add(file)
            builder.add(override.owner)
        }
        builder.add("menu")
        for item in config.menu {
            builder.add(item.title)
            builder.add(item.url)
        }
        builder.add("featured")
        builder.add(config.featured)
        builder.add("findLinks")
        builder.add(config.findLinks.map(\.rawValue))
        builder.add(config.profileScores)
        builder.add("feedLimit")
        builder.add(config.feedLimit)
        builder.add("outputs")
        builder.add(config.outputs.sorted().map(\.rawValue))
    }
}
