import Foundation
import Testing

@Suite("JSON data files")
struct APITests {
    func records(_ file: String, _ key: String, baseURL: String = "") throws -> [[String: Any]] {
        let text = try #require(try renderSite(SiteFixture.site(baseURL: baseURL)).files[file])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(root.keys) == [key, "version"])
        #expect(root["version"] as? Int == 2)
        return try #require(root[key] as? [[String: Any]])
    }

    @Test func papersHaveExactlyTheSpecifiedFieldsInModelOrder() throws {
        let papers = try records("api/papers.json", "papers")
        #expect(papers.map { $0["id"] as? String } == ["mistral-7b", "flamingo", "pixtral-12b"])
        let fields: Set = ["id", "title", "titleText", "authors", "authorsTruncated", "organizations", "category", "date",
                           "year", "hasCode", "venues", "venue", "venueType", "sources", "altTitles", "abstract",
                           "abstractText", "url", "knownAuthors", "arxiv", "doi", "links", "tags", "bibtexKey"]
        for paper in papers { #expect(Set(paper.keys) == fields) }

        let flamingo = papers[1]
        #expect(flamingo["title"] as? String == "Flamingo: a Visual Language Model")
        // Authors are the printed byline, each with the id of their page (null without one).
        let authors = try #require(flamingo["authors"] as? [[String: Any]])
        #expect(authors.map { $0["name"] as? String } == ["Jean-Baptiste Alayrac", "Jeff Donahue"])
        #expect(authors.map { $0["id"] as? String } == ["jean-baptiste-alayrac", "jeff-donahue"])
        #expect(flamingo["authorsTruncated"] as? Bool == true)
        #expect(flamingo["category"] as? String == "CV")
        #expect(flamingo["date"] as? String == "2022-04-29")
        #expect(flamingo["hasCode"] as? Bool == true)
        #expect(flamingo["sources"] as? [String] == ["000_a.txt", "002_c.txt"])
        #expect(flamingo["abstract"] as? String == "Building models with $x^2$ parameters.")
        #expect(flamingo["abstractText"] as? String == "Building models with x² parameters.")
        #expect(flamingo["year"] as? Int == 2022)
        #expect(flamingo["bibtexKey"] as? String == "alayrac2022flamingo")
        let known = try #require(flamingo["knownAuthors"] as? [[String: Any]])
        #expect(known.map { $0["name"] as? String } == ["Arthur Mensch"] && known.map { $0["id"] as? String } == ["arthur-mensch"])
        #expect(flamingo["url"] as? String == "papers/flamingo/")

        let pixtral = papers[2]
        #expect(pixtral["date"] is NSNull && pixtral["year"] is NSNull)
        #expect(pixtral["venueType"] as? String == (pixtral["venue"] is NSNull ? nil : "preprint"))
        #expect(pixtral["category"] is NSNull)
        #expect(papers[0]["abstract"] is NSNull)
    }

    @Test func authorsHaveExactlyTheSpecifiedFields() throws {
        let authors = try records("api/authors.json", "authors")
        #expect(authors.count == 5)
        for author in authors {
            #expect(Set(author.keys) == ["id", "name", "otherSpellings", "profile", "papers", "url", "details"])
        }
        let mensch = try #require(authors.first { $0["id"] as? String == "arthur-mensch" })
        #expect(mensch["papers"] as? [String] == ["mistral-7b", "flamingo", "pixtral-12b"])
        #expect(mensch["url"] as? String == "authors/arthur-mensch/")
        let profile = try #require(mensch["profile"] as? [String: Any])
        #expect(profile["citations"] as? Int == 20263)
        #expect(profile["hIndex"] as? Int == 27)
        #expect(Set(profile.keys) == ["primaryCategory", "hIndex", "paperCount", "citations", "novelty", "aiScore"])
        #expect(authors[0]["profile"] is NSNull)
    }

    @Test func urlsAreAbsoluteUnderABaseURLWithoutDoubleSlashes() throws {
        let papers = try records("api/papers.json", "papers", baseURL: "https://example.org/lab/")
        #expect(papers[0]["url"] as? String == "https://example.org/lab/papers/mistral-7b/")
        let authors = try records("api/authors.json", "authors", baseURL: "https://example.org/lab")
        #expect(authors[0]["url"] as? String == "https://example.org/lab/authors/albert-q-jiang/")
    }

    @Test func outputIsPrettyPrintedWithSortedKeysAndUnescapedSlashes() throws {
        let text = try #require(try renderSite(SiteFixture.site()).files["api/papers.json"])
        #expect(text.hasPrefix("{\n  \"version\": 2,\n  \"papers\": [\n    {\n      \"abstract\": null,\n      \"abstractText\": null,\n      \"altTitles\": [],\n      \"arxiv\": null,\n      \"authors\": [\n        {"))
        #expect(text.contains(#""url": "papers/flamingo/""#))
        #expect(text.hasSuffix("\n    }\n  ]\n}\n"))
    }
}
