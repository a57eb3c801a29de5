import Foundation
import Testing

@Suite("JSON data files")
struct APITests {
    func records(_ file: String, _ key: String, baseURL: String = "") throws -> [[String: Any]] {
        let text = try #require(try renderSite(SiteFixture.site(baseURL: baseURL)).files[file])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Array(root.keys) == [key])
        return try #require(root[key] as? [[String: Any]])
    }

    @Test func papersHaveExactlyTheSpecifiedFieldsInModelOrder() throws {
        let papers = try records("api/papers.json", "papers")
        #expect(papers.map { $0["id"] as? String } == ["mistral-7b", "flamingo", "pixtral-12b"])
        let fields: Set = ["id", "title", "authors", "authorsTruncated", "organizations", "category", "date",
                           "hasCode", "venues", "sources", "altTitles", "abstract", "url", "knownAuthors"]
        for paper in papers { #expect(Set(paper.keys) == fields) }

        let flamingo = papers[1]
        #expect(flamingo["title"] as? String == "Flamingo: a Visual Language Model")
        #expect(flamingo["authors"] as? [String] == ["Jean-Baptiste Alayrac", "Jeff Donahue"])
        #expect(flamingo["authorsTruncated"] as? Bool == true)
        #expect(flamingo["category"] as? String == "CV")
        #expect(flamingo["date"] as? String == "2022-04-29")
        #expect(flamingo["hasCode"] as? Bool == true)
        #expect(flamingo["sources"] as? [String] == ["000_a.txt", "002_c.txt"])
        #expect(flamingo["abstract"] as? String == "Building models with $x^2$ parameters.")
        #expect(flamingo["knownAuthors"] as? [String] == ["Arthur Mensch"])
        #expect(flamingo["url"] as? String == "papers/flamingo/")

        let pixtral = papers[2]
        #expect(pixtral["date"] is NSNull)
        #expect(pixtral["category"] is NSNull)
        #expect(papers[0]["abstract"] is NSNull)
    }

    @Test func authorsHaveExactlyTheSpecifiedFields() throws {
        let authors = try records("api/authors.json", "authors")
        #expect(authors.count == 5)
        for author in authors { #expect(Set(author.keys) == ["id", "name", "profile", "papers", "url"]) }
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
        #expect(text.hasPrefix("{\n  \"papers\": [\n    {\n      \"abstract\": null,\n      \"altTitles\": [],\n      \"authors\": [\n        \""))
        #expect(text.contains(#""url": "papers/flamingo/""#))
        #expect(text.hasSuffix("\n    }\n  ]\n}\n"))
    }
}
