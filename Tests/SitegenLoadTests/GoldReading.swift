import Foundation
import SitegenLoad
import SitegenModel
import Testing

/// The expected reading of a content folder (`seeds-gold.json`, `realworld-gold.json`): every
/// unique paper after merging with its fields, each page's owner, and optionally the people seen
/// under several spellings. `compare…` check a loaded `Site` against it field by field.
///
/// A loader failure that is understood but not yet fixed is listed in a `KnownIssues` table,
/// keyed by `"<paper title or file or name>|<field>"`; that one comparison then runs inside
/// `withKnownIssue`, so it neither fails the run nor goes unnoticed once the loader is fixed.
struct GoldReading: Decodable {
    struct Profile: Decodable {
        var file: String
        var owner: String?
        var stats: ProfileStats?
        var layout: String
        var ownerSource: String
        var entries: Int
    }

    struct Paper: Decodable {
        var title: String
        var authors: [String]
        var authorsTruncated: Bool
        var organizations: [String]
        var category: String?
        var date: String?
        var hasCode: Bool
        var sources: [String]
        var altTitles: [String]
        var venues: [String]
        var abstract_prefix: String?
        var knownAuthors: [String]
    }

    /// A person: an owner, or someone seen under more than one spelling.
    struct Person: Decodable {
        var name: String
        var otherSpellings: [String]
        /// Papers the person is credited on (byline or owned page).
        var papers: Int
        var isOwner: Bool
    }

    var captureYear: Int
    var profiles: [Profile]
    var papers: [Paper]
    var people: [Person]?

    /// `"<subject>|<field>"` → why the loader is known to read it wrong.
    typealias KnownIssues = [String: String]

    static func load(_ url: URL) -> GoldReading {
        do {
            return try JSONDecoder().decode(GoldReading.self, from: Data(contentsOf: url))
        } catch {
            fatalError("cannot read \(url.lastPathComponent): \(error)")
        }
    }

    /// Runs `body`, inside `withKnownIssue` when `subject|field` is a known loader failure.
    static func check(_ subject: String, _ field: String, _ knownIssues: KnownIssues, _ body: () -> Void) {
        if let reason = knownIssues["\(subject)|\(field)"] {
            withKnownIssue(Comment(rawValue: reason)) { body() }
        } else {
            body()
        }
    }

    /// The paper titled `expected.title` in `site` has every expected field.
    static func compare(_ expected: Paper, in site: Site, knownIssues: KnownIssues = [:]) {
        let title = expected.title
        var found: SitegenModel.Paper?
        check(title, "present", knownIssues) {
            found = site.papers.first { $0.title == title }
            #expect(found != nil, "no paper titled \(title)")
        }
        guard let paper = found else { return }
        check(title, "authors", knownIssues) { #expect(paper.authors == expected.authors, "\(title)") }
        check(title, "authorsTruncated", knownIssues) { #expect(paper.authorsTruncated == expected.authorsTruncated, "\(title)") }
        check(title, "organizations", knownIssues) { #expect(paper.organizations == expected.organizations, "\(title)") }
        check(title, "category", knownIssues) { #expect(paper.category == expected.category, "\(title)") }
        check(title, "date", knownIssues) { #expect(paper.date?.description == expected.date, "\(title)") }
        check(title, "hasCode", knownIssues) { #expect(paper.hasCode == expected.hasCode, "\(title)") }
        check(title, "sources", knownIssues) { #expect(paper.sources == expected.sources, "\(title)") }
        check(title, "altTitles", knownIssues) { #expect(paper.altTitles == expected.altTitles, "\(title)") }
        check(title, "venues", knownIssues) { #expect(paper.venues == expected.venues, "\(title)") }
        check(title, "knownAuthors", knownIssues) { #expect(paper.knownAuthors == expected.knownAuthors, "\(title)") }
        check(title, "abstract", knownIssues) {
            if let prefix = expected.abstract_prefix {
                #expect(paper.abstract?.hasPrefix(prefix) == true, "\(title): abstract \(paper.abstract ?? "nil")")
            } else {
                #expect(paper.abstract == nil, "\(title): abstract \(paper.abstract ?? "nil")")
            }
        }
    }

    /// The page `expected.file` has the expected owner, layout, stats and entry count.
    static func compare(_ expected: Profile, in site: Site, knownIssues: KnownIssues = [:]) {
        let file = expected.file
        guard let profile = site.profiles.first(where: { $0.file == file }) else {
            Issue.record("no profile read from \(file)")
            return
        }
        check(file, "owner", knownIssues) { #expect(profile.owner == expected.owner, "\(file)") }
        check(file, "ownerSource", knownIssues) { #expect(profile.ownerSource.rawValue == expected.ownerSource, "\(file)") }
        check(file, "layout", knownIssues) { #expect(profile.layout.rawValue == expected.layout, "\(file)") }
        check(file, "stats", knownIssues) { #expect(profile.stats == expected.stats, "\(file)") }
        check(file, "entries", knownIssues) { #expect(profile.entryCount == expected.entries, "\(file)") }
    }

    /// The person has one author page under the expected name, with the other spellings folded in.
    static func compare(_ expected: Person, in site: Site, knownIssues: KnownIssues = [:]) {
        let name = expected.name
        var found: Author?
        check(name, "present", knownIssues) {
            found = site.authors.first { $0.name == name }
            #expect(found != nil, "no author page for \(name)")
        }
        guard let author = found else { return }
        check(name, "otherSpellings", knownIssues) { #expect(author.otherSpellings == expected.otherSpellings, "\(name)") }
        check(name, "papers", knownIssues) { #expect(author.paperIDs.count == expected.papers, "\(name)") }
        check(name, "isOwner", knownIssues) { #expect(author.isOwner == expected.isOwner, "\(name)") }
        for spelling in expected.otherSpellings {
            check(name, "otherSpellings", knownIssues) {
                #expect(!site.authors.contains { $0.name == spelling }, "\(spelling) has an author page of its own")
            }
        }
    }
}
