import Foundation
import SitegenModel
import SitegenTestSupport
import Testing
@testable import SitegenRender
import SitegenTemplates

/// Every count shown to visitors has thousands separators, `,` on every machine.
@Suite struct ThousandsSeparatorTests {
    /// 1,001 papers by Ada Lovelace (who has a profile) and Charles Babbage: 1,000 in CL in 2024,
    /// one in CV in 2023.
    static func site() -> Site {
        let ids = (0..<1_001).map { String(format: "paper-%04d", $0) }
        let papers = ids.enumerated().map { position, id in
            Paper(id: id, title: "Paper \(position)", authors: ["Ada Lovelace", "Charles Babbage"], authorsTruncated: false,
                  hasPrintedByline: true, organizations: [], category: position == 1_000 ? "CV" : "CL",
                  date: PaperDate(year: position == 1_000 ? 2023 : 2024, month: 12 - position % 12, day: 1),
                  hasCode: false, venues: [], sources: [], altTitles: [], abstract: nil, knownAuthors: [])
        }
        let authors = [
            Author(id: "ada-lovelace", name: "Ada Lovelace", otherSpellings: [],
                   profile: ProfileStats(primaryCategory: "CL", hIndex: 12, paperCount: 1_001, citations: 20_263, novelty: nil, aiScore: nil),
                   ownedFiles: ["a.txt"], paperIDs: ids),
            Author(id: "charles-babbage", name: "Charles Babbage", otherSpellings: [], profile: nil, ownedFiles: [], paperIDs: ids),
        ]
        return Site(config: SiteConfig(title: "Engine Lab", baseURL: "", captureYear: 2026),
                    profiles: [Profile(file: "a.txt", layout: .fullProfile, owner: "Ada Lovelace", ownerSource: .header,
                                       stats: authors[0].profile, entryCount: 1_001)],
                    papers: papers, authors: authors,
                    categories: [Category(code: "CL", paperIDs: Array(ids.dropLast())), Category(code: "CV", paperIDs: [ids[1_000]])],
                    mergedEntries: 0, diagnostics: [])
    }

    @Test func everyCountOfAThousandOrMoreIsGrouped() throws {
        let files = try renderSite(Self.site()).files
        let authorsIndex = try #require(files["authors/index.html"])
        #expect(authorsIndex.contains(#">Ada Lovelace</a> <span class="badge">Profile</span> <span class="count">1,001<span"#))
        #expect(authorsIndex.contains(#"<p>1,001 papers · 2 authors · 2 categories</p>"#), "the footer")
        let categories = try #require(files["categories/index.html"])
        #expect(categories.contains(#"<span class="code">cs.CL</span> <span class="count">1,000<span"#))
        let category = try #require(files["categories/cl/index.html"])
        #expect(category.contains("1,000 papers</p>"))
        #expect(category.contains(#">Ada Lovelace</a> <span class="count">1,000<span class="visually-hidden"> papers</span>"#))
        let author = try #require(files["authors/ada-lovelace/index.html"])
        #expect(author.contains(#"Papers <span class="count">1,001<"#))
        #expect(author.contains(#">Charles Babbage</a> <span class="count">1,001<span class="visually-hidden"> shared papers"#))
        #expect(author.contains("<td>1,000</td>") && author.contains(">1,000</text>"), "chart table and bar label")
        #expect(author.contains("<title>2024: 1,000 papers</title>"))
        let llms = try #require(files["llms.txt"])
        #expect(llms.contains("> A research site of 1,001 papers by 2 authors in 2 arXiv categories"))
        #expect(llms.contains("(authors/ada-lovelace/index.html): 1,001 papers, h-index 12"))
        #expect(llms.contains("(categories/cl/index.html): 1,000 papers"))
        for (path, html) in files where path.hasSuffix(".html") {
            #expect(!html.contains("1001") && !html.contains(">1000<"), "\(path) shows a count without separators")
        }
    }

    /// Page numbers past 999 (a category of 100,000 papers and more) in titles and in the navigation.
    @Test func pageNumbersAreGrouped() throws {
        let pagination = ListPagination(number: 1_234, itemCount: 200_000, perPage: 100, firstPath: "papers/index.html")
        #expect(pagination.titleSuffix == " (page 1,234 of 2,000)")
        let context = TemplateValue.context(pagination.context(items: PartBuilder(index: SiteIndex(Self.site()), root: "../")))
        #expect(context["current"] == "1,234" && context["total"] == "2,000")
        #expect(context["pages"].items.map { $0["number"] } == ["1", "…", "1,232", "1,233", "1,234", "1,235", "1,236", "…", "2,000"])
    }

    /// A byline of a big collaboration, cut in lists: "+1,192 more authors".
    @Test func hiddenAuthorsAreGrouped() throws {
        var paper = Self.site().papers[0]
        paper.authors = (0..<1_200).map { "Physicist \($0)" }
        let items = PartBuilder(index: SiteIndex(Self.site()), root: "../")
        #expect(items.byline(paper, listing: PaperListing(paper, author: { items.index.authorsByName[$0] }), limit: 8)["moreAuthors"] == "1,192")
    }

    @Test(arguments: [(1, "1 paper"), (2, "2 papers"), (1_234, "1,234 papers"), (1_234_567, "1,234,567 papers")])
    func paperCountsInWords(_ count: Int, _ text: String) {
        #expect(PartBuilder.papersText(count) == text)
    }

    /// Every number of digits, signs and the largest magnitudes, against the grouping spelled out.
    @Test func groupingAgreesWithAPlainReadingOfTheDigits() {
        var numbers = [0, 7, -7, 999, 1_000, -1_000, 999_999, 1_000_000, Int.max, Int.min, Int.max - 1]
        var generator = SplitMix(state: 19)
        numbers += (0..<2_000).map { _ in Int.random(in: -10_000_000_000...10_000_000_000, using: &generator) >> Int.random(in: 0...30) }
        for number in numbers {
            let digits = Array(String(number.magnitude))
            let groups = stride(from: digits.count, to: 0, by: -3).reversed().map { String(digits[max(0, $0 - 3)..<$0]) }
            #expect(PartBuilder.groupedThousands(number) == (number < 0 ? "-" : "") + groups.joined(separator: ","))
        }
    }
}
