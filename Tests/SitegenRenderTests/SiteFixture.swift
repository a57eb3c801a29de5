import Foundation
import SitegenModel
import SitegenRender

/// A small hand-built site: one owner with a full profile, a cut byline that leaves the owner out,
/// an undated paper from a collaborators list, and a category.
enum SiteFixture {
    static let owner = "Arthur Mensch"

    static func site(baseURL: String = "") -> Site {
        let flamingo = Paper(
            id: "flamingo", title: "Flamingo: a Visual Language Model",
            authors: ["Jean-Baptiste Alayrac", "Jeff Donahue"], authorsTruncated: true, hasPrintedByline: true,
            organizations: ["deepmind"], category: "CV", date: PaperDate(year: 2022, month: 4, day: 29),
            hasCode: true, venues: [], sources: ["000_a.txt", "002_c.txt"],
            altTitles: ["Flamingo: A Visual Language Model for Few-Shot Learning"],
            abstract: "Building models with $x^2$ parameters.", knownAuthors: [owner])
        let mistral = Paper(
            id: "mistral-7b", title: "Mistral 7B",
            authors: ["Albert Q. Jiang", owner, "Gaël Varoquaux"], authorsTruncated: false, hasPrintedByline: true,
            organizations: ["mistral"], category: "CL", date: PaperDate(year: 2023, month: 10, day: 10),
            hasCode: false, venues: [], sources: ["000_a.txt"], altTitles: [],
            abstract: nil, knownAuthors: [owner])
        let pixtral = Paper(
            id: "pixtral-12b", title: "Pixtral 12B", authors: [], authorsTruncated: false, hasPrintedByline: true,
            organizations: [], category: nil, date: nil, hasCode: false,
            venues: ["arXiv.org Artificial Intelligence"], sources: ["001_b.txt"], altTitles: [],
            abstract: "We introduce Pixtral.", knownAuthors: [owner])
        let authors = [
            Author(id: "albert-q-jiang", name: "Albert Q. Jiang", otherSpellings: [], profile: nil,
                   ownedFiles: [], paperIDs: ["mistral-7b"]),
            Author(id: "arthur-mensch", name: owner, otherSpellings: ["Mensch, Arthur"],
                   profile: ProfileStats(primaryCategory: "CL", hIndex: 27, paperCount: 27, citations: 20263,
                                         novelty: 58, aiScore: 51),
                   ownedFiles: ["000_a.txt", "001_b.txt"], paperIDs: ["mistral-7b", "flamingo", "pixtral-12b"]),
            Author(id: "gael-varoquaux", name: "Gaël Varoquaux", otherSpellings: [], profile: nil,
                   ownedFiles: [], paperIDs: ["mistral-7b"]),
            Author(id: "jean-baptiste-alayrac", name: "Jean-Baptiste Alayrac", otherSpellings: [], profile: nil,
                   ownedFiles: [], paperIDs: ["flamingo"]),
            Author(id: "jeff-donahue", name: "Jeff Donahue", otherSpellings: [], profile: nil,
                   ownedFiles: [], paperIDs: ["flamingo"]),
        ]
        let profiles = [
            Profile(file: "000_a.txt", layout: .fullProfile, owner: owner, ownerSource: .header,
                    stats: authors[1].profile, entryCount: 2),
            Profile(file: "001_b.txt", layout: .collaborators, owner: owner, ownerSource: .byline,
                    stats: nil, entryCount: 1),
            Profile(file: "002_c.txt", layout: .compact, owner: nil, ownerSource: .none, stats: nil, entryCount: 1),
        ]
        return Site(config: SiteConfig(title: "Mensch Lab", baseURL: baseURL, captureYear: 2026),
                    profiles: profiles, papers: [mistral, flamingo, pixtral], authors: authors,
                    categories: [Category(code: "CL", paperIDs: ["mistral-7b"]),
                                 Category(code: "CV", paperIDs: ["flamingo"])],
                    mergedEntries: 1, diagnostics: [])
    }
}

/// The repository's `Templates/` folder, found from this file's path.
let templatesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Templates")

/// Renders `site` with `templates` and returns every file, path → text, plus the order emitted.
func renderSite(_ site: Site, templates: URL = templatesDirectory) throws -> (files: [String: String], order: [String]) {
    var files: [String: String] = [:]
    var order: [String] = []
    try SiteRenderer(templatesDirectory: templates).render(site) { file in
        files[file.path] = String(decoding: file.contents, as: UTF8.self)
        order.append(file.path)
    }
    return (files, order)
}
