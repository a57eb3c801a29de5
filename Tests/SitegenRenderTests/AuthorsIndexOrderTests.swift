import Foundation
import SitegenModel
import Testing
@testable import SitegenRender

/// The authors index is sorted and lettered by family name (README, "Authors index"); names are
/// shown as written.
@Suite struct AuthorsIndexOrderTests {
    @Test(arguments: [
        // The family name is the last word, hyphenated names whole; lower-case particles are passed over.
        ("Albert Q. Jiang", "J"), ("A. Smith", "S"), ("Jean-Baptiste Lacroix-Dupont", "L"), ("Gaël Varoquaux", "V"),
        ("Ludwig van Beethoven", "B"), ("Oriol de la Rosa", "R"), ("Diego de las Casas", "C"), ("Karl zu Guttenberg", "G"),
        ("Rianne van den Berg", "B"), ("Gerard ’t Hooft", "H"), ("danah boyd", "B"), ("Daniel D'Souza", "D"),
        // A capitalised particle belongs to the family name; two surnames without a hyphen sort by the last.
        ("Teven Le Scao", "L"), ("Vincent Van Gogh", "V"), ("Ruth De Vries", "D"), ("Gabriel García Márquez", "M"),
        // Suffixes are not family names.
        ("Martin Luther King Jr.", "K"), ("Martin Luther King, Jr.", "K"), ("John Smith III", "S"), ("Smith Jr.", "J"),
        // Accents fold; letters that do not decompose keep their own heading.
        ("Émile Zola", "Z"), ("Zoë Ädler", "A"), ("Łukasz Kaiser", "K"), ("Jan Łukasiewicz", "Ł"),
        // Groups, one-word names and names in scripts that put the family name first sort as written.
        ("Gemini Team", "G"), ("Meta AI", "M"), ("DeepMind", "D"), ("Ø", "Ø"), ("BigScience Workshop", "B"),
        ("李飞飞", "李"), ("山田 太郎", "山"), ("김 민준", "김"), ("Fei-Fei Li", "L"),
        ("42 Team", "#"),
    ])
    func letters(_ name: String, _ letter: String) {
        #expect(SortKey.initial(ofFolded: SortKey.byFamilyName(name)) == letter, "\(name)")
    }

    static let names = [
        "Adam Smithson", "Gemini Team", "John Smith", "Ludwig van Beethoven", "Yann LeCun", "Teven Le Scao", "Anna Smith",
        "Martin Luther King Jr.", "Émile Zola", "Oriol de la Rosa", "Ann Smith", "Łukasz Kaiser", "DeepMind", "Ø", "李飞飞",
    ]

    static func site() -> Site {
        let authors = names.enumerated().map { offset, name in
            Author(id: "author-\(offset)", name: name, otherSpellings: [], profile: nil, ownedFiles: [], paperIDs: ["p"])
        }
        let paper = Paper(id: "p", title: "P", authors: names, authorsTruncated: false, hasPrintedByline: true, organizations: [],
                          category: nil, date: nil, hasCode: false, venues: [], sources: [], altTitles: [], abstract: nil, knownAuthors: [])
        return Site(config: SiteConfig(title: "Lab", baseURL: "", captureYear: 2026), profiles: [], papers: [paper],
                    authors: authors, categories: [], mergedEntries: 0, diagnostics: [])
    }

    /// Family name first, then the whole name: `Smith` before `Smithson`, `Le Scao` before `LeCun`.
    static let expectedOrder = [
        "Ludwig van Beethoven", "DeepMind", "Gemini Team", "Łukasz Kaiser", "Martin Luther King Jr.", "Teven Le Scao",
        "Yann LeCun", "Oriol de la Rosa", "Ann Smith", "Anna Smith", "John Smith", "Adam Smithson", "Émile Zola", "Ø", "李飞飞",
    ]

    @Test func theIndexIsInFamilyNameOrderAndLettered() {
        let index = SiteIndex(Self.site())
        #expect(index.authorsBySortKey.map(\.author.name) == Self.expectedOrder)
        #expect(index.initialStarts.map(\.key) == ["B", "D", "G", "K", "L", "R", "S", "Z", "Ø", "李"])
        #expect(index.initialStarts.map(\.position) == [0, 1, 2, 3, 5, 7, 8, 12, 13, 14])
    }

    @Test func thePageShowsNamesAsWrittenUnderTheirLetters() throws {
        let html = try #require(try renderSite(Self.site()).files["authors/index.html"])
        let headings = html.matches(of: #/<h2 id="(letter-[^"]+)">([^<]+)</h2>/#).map { "\($0.output.2)" }
        #expect(headings == ["B", "D", "G", "K", "L", "R", "S", "Z", "Ø", "李"])
        let list = try #require(html.range(of: #"<h2 id="letter-b">"#)).upperBound..<html.endIndex
        let positions = Self.expectedOrder.compactMap { html.range(of: ">\($0)</a>", range: list)?.lowerBound }
        #expect(positions.count == Self.expectedOrder.count && positions == positions.sorted())
        let letterL = try #require(html.range(of: #"<h2 id="letter-l">L</h2>"#))
        let letterR = try #require(html.range(of: #"<h2 id="letter-r">R</h2>"#))
        #expect(html[letterL.upperBound..<letterR.lowerBound].contains(">Teven Le Scao</a>"))
        #expect(html.contains(##"<li><a href="#letter-b">B</a></li>"##))
    }

    /// Co-authors sharing as many papers are listed in the same order as the index.
    @Test func coAuthorTiesFollowTheIndexOrder() {
        let index = SiteIndex(Self.site())
        let ranking = CoAuthorRanking.rank(index.site.authors[0], papers: index.papers(index.site.papers.map(\.id)), index: index)
        #expect(ranking.map(\.name) == Self.expectedOrder.filter { $0 != index.site.authors[0].name })
    }
}
