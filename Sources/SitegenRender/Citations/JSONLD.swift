import SitegenModel

/// schema.org descriptions for `<script type="application/ld+json">`: `ScholarlyArticle` on paper
/// pages, `ProfilePage` on author pages, `CollectionPage` + `BreadcrumbList` on list pages.
///
/// Safe for `{{{jsonLD}}}`: `JSONValue` writes `<`, `>`, `&` as `\u` escapes, so no text can end the
/// script element. URLs are absolute with a `baseURL`, else relative to the page.
enum JSONLD {
    private static let context: (String, JSONValue) = ("@context", .string("https://schema.org"))

    /// The paper: the printed byline (`Person`, a group an `Organization`), plain text, the venue
    /// as `isPartOf` (a journal's `Periodical`, proceedings' `CreativeWorkSeries`; a preprint's
    /// server as `publisher`), arXiv and DOI as `sameAs` and `identifier`.
    static func scholarlyArticle(_ paper: Paper, citation: Citation, items: PartBuilder) -> String {
        var members: [(String, JSONValue)] = [
            context, ("@type", .string("ScholarlyArticle")),
            ("headline", .string(citation.titleText)), ("name", .string(citation.titleText)),
            ("url", .string(items.pageURL(SitePath.paper(paper.id)))),
            ("author", .array(zip(paper.printedAuthors, citation.authors).map { person($0, isGroup: $1.isGroup, items: items) })),
        ]
        if let date = paper.date { members.append(("datePublished", .string(date.description))) }
        if let abstract = citation.abstractText { members.append(("abstract", .string(abstract))) }
        if let code = paper.category {
            let category = Category(code: code, paperIDs: [])
            members.append(("about", .object([("@type", .string("Thing")), ("name", .string(category.name)),
                                               ("identifier", .string(category.arxivID ?? code))])))
        }
        if let container = citation.containerTitle {
            let type = citation.venue?.kind == .journal ? "Periodical" : "CreativeWorkSeries"
            members.append(("isPartOf", .object([("@type", .string(type)), ("name", .string(container))])))
        }
        if let server = citation.preprintServer {
            members.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(server))])))
        }
        let identifiers = [("arXiv", citation.arxivID, citation.arxivURL), ("DOI", citation.doi, citation.doiURL)]
            .compactMap { name, value, url in value.map { (name, $0, url!) } }
        if !identifiers.isEmpty {
            members.append(("sameAs", .array(identifiers.map { .string($0.2) })))
            members.append(("identifier", .array(identifiers.map { name, value, _ in
                .object([("@type", .string("PropertyValue")), ("propertyID", .string(name)), ("value", .string(value))])
            })))
        }
        members.append(("isAccessibleForFree", .bool(true)))
        return JSONValue.object(members).text()
    }

    /// `knowsAbout`: category names; `affiliation`: organizations, both most frequent first. A
    /// group (`CitationName.isGroup`) is an `Organization`, which has no affiliation.
    static func profilePage(_ author: Author, knowsAbout: [String], affiliations: [String], items: PartBuilder) -> String {
        let isGroup = CitationName.isGroup(author.name)
        var person: [(String, JSONValue)] = [
            ("@type", .string(isGroup ? "Organization" : "Person")), ("name", .string(author.name)),
            ("url", .string(items.pageURL(SitePath.author(author.id)))),
        ]
        if !author.otherSpellings.isEmpty {
            person.append(("alternateName", .array(author.otherSpellings.map(JSONValue.string))))
        }
        if let sameAs = author.details?.sameAs, !sameAs.isEmpty {
            person.append(("sameAs", .array(sameAs.map(JSONValue.string))))
        }
        person.append(("knowsAbout", .array(knowsAbout.map(JSONValue.string))))
        let stated = author.details?.affiliation.map { [$0] } ?? []
        if !isGroup {
            person.append(("affiliation", .array((stated + affiliations.filter { !stated.contains($0) }).map {
                .object([("@type", .string("Organization")), ("name", .string($0))])
            })))
        }
        return JSONValue.object([context, ("@type", .string("ProfilePage")), ("mainEntity", .object(person))]).text()
    }

    /// A list page named `name` at `path`, under the breadcrumb `trail` (home first, `(name, path)`).
    static func collectionPage(_ name: String, at path: String, trail: [(String, String)], items: PartBuilder) -> String {
        let crumbs = (trail + [(name, path)]).enumerated().map { offset, crumb in
            JSONValue.object([("@type", .string("ListItem")), ("position", .int(offset + 1)),
                              ("name", .string(crumb.0)), ("item", .string(items.pageURL(crumb.1)))])
        }
        let page = JSONValue.object([("@type", .string("CollectionPage")), ("name", .string(name)),
                                     ("url", .string(items.pageURL(path)))])
        let breadcrumbs = JSONValue.object([("@type", .string("BreadcrumbList")), ("itemListElement", .array(crumbs))])
        return JSONValue.object([context, ("@graph", .array([page, breadcrumbs]))]).text()
    }

    private static func person(_ name: String, isGroup: Bool, items: PartBuilder) -> JSONValue {
        var members: [(String, JSONValue)] = [("@type", .string(isGroup ? "Organization" : "Person")), ("name", .string(name))]
        if let author = items.index.authorsByName[name] {
            members.append(("url", .string(items.pageURL(author.path))))
        }
        return .object(members)
    }
}
