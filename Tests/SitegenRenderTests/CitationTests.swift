import Foundation
import SitegenModel
import Testing
@testable import SitegenRender

/// BibTeX, RIS and CSL-JSON for a hand-made paper, exact to the byte.
@Suite("Citations")
struct CitationTests {
    static let awkward = Paper(
        id: "gpt-4", title: "GPT-4 & the $100 {BERT} 50% #1 ~ ^ \\ problem_x: Ünïcode Models",
        authors: ["Gaël Varoquaux", "Ludwig van Beethoven", "DeepMind"], authorsTruncated: true,
        organizations: [], category: "CL", date: PaperDate(year: 2024, month: 3, day: 5), hasCode: false,
        venues: [], sources: [], altTitles: [], abstract: "We  study\n$x^2$.", knownAuthors: ["Arthur Mensch"])

    static func citation(_ paper: Paper = awkward, baseURL: String = "https://example.org/lab") -> Citation {
        Citation(paper, key: BibTeXKeys.baseKey(paper), baseURL: baseURL)
    }

    @Test func bibTeXEscapesLaTeXProtectsCapitalsAndCutsWithAndOthers() {
        #expect(Self.citation().bibTeX == ##"""
            @misc{varoquaux2024gpt,
              title = {{GPT-4} \& the \$100 {\{BERT\}} 50\% \#1 \textasciitilde{} \textasciicircum{} \textbackslash{} problem\_x: {Ünïcode} {Models}},
              author = {Varoquaux, Gaël and van Beethoven, Ludwig and DeepMind and Mensch, Arthur and others},
              year = {2024},
              month = mar,
              keywords = {Computation and Language},
              url = {https://example.org/lab/papers/gpt-4/}
            }
            """##)
    }

    @Test func risListsEveryAuthorAndNotesTheCut() {
        let lines = [
            "TY  - UNPB", "ID  - varoquaux2024gpt", "TI  - " + Self.awkward.title,
            "AU  - Varoquaux, Gaël", "AU  - van Beethoven, Ludwig", "AU  - DeepMind", "AU  - Mensch, Arthur",
            "PY  - 2024", "DA  - 2024/03/05", "KW  - Computation and Language", "AB  - We study $x^2$.",
            "UR  - https://example.org/lab/papers/gpt-4/", "N1  - Author list incomplete (et al.)", "ER  - ",
        ]
        #expect(Self.citation().ris == lines.map { $0 + "\r\n" }.joined())
    }

    @Test func cslJSONHasFamilyGivenLiteralAndDateParts() {
        let expected = #"{"id":"varoquaux2024gpt","type":"article","title":"GPT-4 \u0026 the $100 {BERT} 50% #1 ~ ^ \\ problem_x: Ünïcode Models","author":[{"family":"Varoquaux","given":"Gaël"},{"family":"van Beethoven","given":"Ludwig"},{"literal":"DeepMind"},{"family":"Mensch","given":"Arthur"}],"issued":{"date-parts":[[2024,3,5]]},"keyword":"Computation and Language","abstract":"We study $x^2$.","URL":"https://example.org/lab/papers/gpt-4/","note":"Author list incomplete (et al.)"}"#
        #expect(Self.citation().cslItem.text() == expected)
    }

    @Test func withoutBaseURLThereIsNoURLField() {
        let citation = Self.citation(baseURL: "")
        #expect(!citation.bibTeX.contains("url"))
        #expect(!citation.ris.contains("UR  -"))
        #expect(!citation.cslItem.text().contains("URL"))
    }

    @Test func duplicateKeysGetLettersOldestPaperFirst() {
        func paper(_ id: String, _ year: Int?) -> Paper {
            Paper(id: id, title: "The Mistral model", authors: ["Albert Q. Jiang"], authorsTruncated: false,
                  organizations: [], category: nil, date: year.map { PaperDate(year: $0, month: 1, day: 1) },
                  hasCode: false, venues: [], sources: [], altTitles: [], abstract: nil, knownAuthors: [])
        }
        let keys = BibTeXKeys.assign([paper("c", 2023), paper("b", 2023), paper("a", 2022), paper("d", nil), paper("e", nil)])
        #expect(keys == ["b": "jiang2023mistral", "c": "jiang2023mistralb", "a": "jiang2022mistral",
                         "d": "jiang2023mistral".replacingOccurrences(of: "2023", with: "nd"), "e": "jiangndmistralb"])
        let many = BibTeXKeys.assign((0..<28).map { paper(String(format: "p%02d", $0), 2020) })
        #expect(many["p01"] == "jiang2020mistralb" && many["p25"] == "jiang2020mistralz" && many["p26"] == "jiang2020mistralaa")
    }

    @Test func papersAuthorsAndCategoriesOfferDownloads() throws {
        let files = try renderSite(SiteFixture.site()).files
        for path in ["papers/mistral-7b/cite.bib", "papers/mistral-7b/cite.ris", "papers/mistral-7b/cite.json",
                     "authors/arthur-mensch/publications.bib", "authors/arthur-mensch/publications.json"] {
            #expect(files[path] != nil, "missing \(path)")
        }
        let bulk = try #require(files["authors/arthur-mensch/publications.json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(bulk.utf8)) as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["jiang2023mistral", "alayrac2022flamingo", "menschndpixtral"])
        #expect(files["authors/arthur-mensch/publications.bib"]?.components(separatedBy: "\n@").count == 3)
        let page = try #require(files["papers/flamingo/index.html"])
        #expect(page.contains(#"<a href="../../papers/flamingo/cite.ris" type="application/x-research-info-systems" download>RIS</a>"#))
        #expect(page.contains("<code>@misc{alayrac2022flamingo,\n  title = {Flamingo: a {Visual} {Language} {Model}},"))
    }

    /// A list of one paper would copy that paper's files byte for byte: its page links to them instead.
    @Test func aListOfOnePaperLinksToThePapersOwnFiles() throws {
        let files = try renderSite(SiteFixture.site()).files
        #expect(files["categories/cv/publications.bib"] == nil && files["categories/cv/publications.json"] == nil)
        let page = try #require(files["categories/cv/index.html"])
        #expect(page.contains(#"<a href="../../papers/flamingo/cite.bib" type="application/x-bibtex" download>BibTeX</a>"#))
        #expect(page.contains(#"<a href="../../papers/flamingo/cite.json" type="application/vnd.citationstyles.csl+json" download>CSL-JSON</a>"#))
        let paperJSON = try #require(files["papers/flamingo/cite.json"])
        let mensch = try #require(files["authors/arthur-mensch/publications.json"])
        let flamingoLine = try #require(mensch.split(separator: "\n").first { $0.contains("alayrac2022flamingo") })
        #expect(paperJSON == "[\n" + flamingoLine.trimmingCharacters(in: CharacterSet(charactersIn: ",")) + "\n]\n")
    }

    /// A big list's bulk files go to the writer in parts; joined, the parts are the same bytes as
    /// the files made whole (2,500 papers: several parts, and an end that is not a whole part).
    @Test func bigBulkFilesAreStreamedInPartsWithTheSameBytes() throws {
        let papers = (0..<2_500).map { number in
            Paper(id: "p\(number)", title: "Paper \(number)", authors: ["Albert Q. Jiang"], authorsTruncated: false,
                  organizations: [], category: "cs.CL", date: PaperDate(year: 2020, month: 1, day: 1),
                  hasCode: false, venues: [], sources: [], altTitles: [], abstract: "Abstract \(number).", knownAuthors: [])
        }
        let site = Site(config: SiteConfig(captureYear: 2024), profiles: [], papers: papers, authors: [], categories: [],
                        mergedEntries: 0, diagnostics: [])
        let texts = PaperTexts(SiteIndex(site))
        let whole = CitationFiles.list(papers, folder: "x/", texts: texts)
        let streamed = CitationFiles.list(papers, folder: "x/", texts: texts, streamingThreshold: 0)
        #expect(whole.count == 2 && streamed.count == 2)
        for (small, big) in zip(whole, streamed) {
            guard case .whole(let expected) = small, case .streamed(let file) = big else {
                Issue.record("expected a whole and a streamed file")
                continue
            }
            var parts: [[UInt8]] = []
            try file.write { parts.append($0) }
            #expect(file.path == expected.path)
            #expect(parts.count == 3, "\(file.path): \(parts.count) parts")
            #expect(parts.flatMap { $0 } == expected.contents, "\(file.path)")
        }
        guard case .whole(let bib) = whole[0] else { return }
        #expect(String(decoding: bib.contents, as: UTF8.self).components(separatedBy: "\n@misc{").count == 2_500)
    }
}
