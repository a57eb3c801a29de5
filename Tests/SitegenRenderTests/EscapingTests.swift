import SitegenModel
import Testing

@Suite("Untrusted text is escaped")
struct EscapingTests {
    static let hostileTitle = "<script>alert(1)</script>"
    static let hostileAuthor = #""><img src=x onerror=alert(1)>"#

    /// The fixture site with hostile text in every field a profile page can fill.
    static func hostileSite() -> Site {
        var site = SiteFixture.site()
        let hostile = Paper(
            id: "hostile", title: hostileTitle, authors: [hostileAuthor, "O'Brien"], authorsTruncated: true, hasPrintedByline: true,
            organizations: [hostileTitle], category: "CL", date: PaperDate(year: 2024, month: 1, day: 2),
            hasCode: false, venues: [hostileAuthor], sources: ["<b>.txt"], altTitles: [hostileTitle],
            abstract: hostileTitle + " and " + hostileAuthor, knownAuthors: [hostileAuthor])
        site.papers.insert(hostile, at: 0)
        site.authors.append(Author(id: "img-src-x", name: hostileAuthor, otherSpellings: [hostileTitle],
                                   profile: ProfileStats(primaryCategory: hostileTitle, hIndex: 1), ownedFiles: ["<b>.txt"],
                                   paperIDs: ["hostile"]))
        site.authors.append(Author(id: "o-brien", name: "O'Brien", otherSpellings: [], profile: nil,
                                   ownedFiles: [], paperIDs: ["hostile"]))
        site.categories[0].paperIDs.insert("hostile", at: 0)
        site.profiles.append(Profile(file: "<b>.txt", layout: .compact, owner: hostileAuthor,
                                     ownerSource: .config, stats: nil, entryCount: 1))
        return site
    }

    @Test func hostileTitlesAndNamesNeverBecomeMarkup() throws {
        let files = try renderSite(Self.hostileSite()).files
        // Markup files only: BibTeX and RIS are plain text, where the title is meant to read as written.
        for (path, text) in files where [".html", ".json", ".xml", ".svg"].contains(where: path.hasSuffix) {
            #expect(!text.contains("<script>alert"), "\(path)")
            #expect(!text.contains("<img src=x"), "\(path)")
            #expect(!text.contains("<b>.txt"), "\(path)")
        }
        let paper = try #require(files["papers/hostile/index.html"])
        #expect(paper.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(paper.contains(#"<a href="../../authors/img-src-x/index.html">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>"#))
        #expect(paper.contains("O&#39;Brien"))
    }

    @Test func hostileTextSurvivesTheJSONRoundTrip() throws {
        let files = try renderSite(Self.hostileSite()).files
        let json = try #require(files["api/papers.json"])
        #expect(json.contains(#""title": "\u003cscript\u003ealert(1)\u003c/script\u003e""#))
    }
}
