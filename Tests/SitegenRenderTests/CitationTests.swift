import Foundation
import SitegenModel
import Testing
@testable import SitegenRender

/// BibTeX, RIS and CSL-JSON for a hand-made paper, exact to the byte.
@Suite("Citations")
struct CitationTests {
    static let awkward = Paper(
        id: "gpt-4", title: "GPT-4 & the $100 {BERT} 50% #1 ~ ^ \\ problem_x: Ünïcode Models",
        authors: ["Gaël Varoquaux", "Ludwig van Beethoven", "DeepMind"], authorsTruncated: true, hasPrintedByline: true,
        organizations: [], category: "CL", date: PaperDate(year: 2024, month: 3, day: 5), hasCode: false,
        venues: [], sources: [], altTitles: [], abstract: "We  study\n$x^2$.", knownAuthors: ["Arthur Mensch"])

    static func citation(_ paper: Paper = awkward, baseURL: String = "https://example.org/lab") -> Citation {
        Citation(paper, listing: PaperListing(paper, author: { _ in nil }), key: BibTeXKeys.baseKey(paper), baseURL: baseURL)
    }

    @Test func bibTeXEscapesTextKeepsTeXProtectsCapitalsAndCutsWithAndOthers() {
        #expect(Self.citation().bibTeX == ##"""
            @misc{varoquaux2024gpt,
              title = {{GPT-4} \& the \$100 {BERT} 50\% \#1 ~ \textasciicircum{} \textbackslash{} problem\_x: {Ünïcode} {Models}},
              author = {Varoquaux, Gaël and van Beethoven, Ludwig and {DeepMind} and others},
              year = {2024},
              month = mar,
              keywords = {Computation and Language},
              url = {https://example.org/lab/papers/gpt-4/}
            }
            """##)
    }

    /// Only the printed byline, in order: a page owner known to be an author (Arthur Mensch) is in
    /// no list; a cut byline says so the way each format can.
    @Test func risListsThePrintedAuthorsAndNotesTheCut() {
        let lines = [
            "TY  - UNPB", "ID  - varoquaux2024gpt", "TI  - GPT-4 & the $100 BERT 50% #1 ^ \\ problem_x: Ünïcode Models",
            "AU  - Varoquaux, Gaël", "AU  - van Beethoven, Ludwig", "AU  - DeepMind",
            "PY  - 2024", "DA  - 2024/03/05", "KW  - Computation and Language", "AB  - We study x².",
            "UR  - https://example.org/lab/papers/gpt-4/", "N1  - Author list incomplete (et al.)", "ER  - ",
        ]
        #expect(Self.citation().ris == lines.map { $0 + "\r\n" }.joined())
    }

    @Test func cslJSONHasFamilyGivenLiteralAndDatePartsAsPlainText() {
        let expected = #"{"id":"varoquaux2024gpt","type":"article","title":"GPT-4 \u0026 the $100 BERT 50% #1 ^ \\ problem_x: Ünïcode Models","author":[{"family":"Varoquaux","given":"Gaël"},{"family":"van Beethoven","given":"Ludwig"},{"literal":"DeepMind"}],"issued":{"date-parts":[[2024,3,5]]},"keyword":"Computation and Language","abstract":"We study x².","URL":"https://example.org/lab/papers/gpt-4/","note":"Author list incomplete (et al.)"}"#
        #expect(Self.citation().cslItem.text() == expected)
    }

    static func paper(venue: String? = nil, links: PaperLinks? = nil, authors: [String] = ["Albert Q. Jiang", "Gemini Team"],
                      title: String = "Mistral 7B", hasPrintedByline: Bool = true) -> Paper {
        Paper(id: "mistral-7b", title: title, authors: authors, authorsTruncated: false, hasPrintedByline: hasPrintedByline,
              organizations: [], category: "CL", date: PaperDate(year: 2023, month: 10, day: 10), hasCode: false,
              venues: venue.map { [$0] } ?? [], sources: [], altTitles: [], abstract: nil, knownAuthors: ["Arthur Mensch"],
              links: links)
    }

    /// Each venue kind in each format's own words: BibTeX's entry type and field, RIS `TY` and
    /// `T2`, CSL `type` and `container-title`, the Highwire tag (none for a preprint).
    @Test(arguments: [
        ("arXiv.org Artificial Intelligence", "@misc{", "howpublished = {arXiv preprint}", "TY  - UNPB", "PB  - arXiv",
         #""type":"article""#, "publisher", nil as String?),
        ("International Conference on Learning Representations", "@inproceedings{",
         "booktitle = {International Conference on Learning Representations}", "TY  - CPAPER",
         "T2  - International Conference on Learning Representations", #""type":"paper-conference""#,
         #""container-title":"International Conference on Learning Representations""#, "citation_conference_title"),
        ("Journal of Machine Learning Research", "@article{", "journal = {Journal of Machine Learning Research}", "TY  - JOUR",
         "T2  - Journal of Machine Learning Research", #""type":"article-journal""#,
         #""container-title":"Journal of Machine Learning Research""#, "citation_journal_title"),
    ])
    func venuesAreTypedInEveryFormat(venue: String, entry: String, field: String, type: String, container: String,
                                     cslType: String, cslContainer: String, tag: String?) {
        let citation = Self.citation(Self.paper(venue: venue))
        #expect(citation.bibTeX.hasPrefix(entry) && citation.bibTeX.contains(field))
        #expect(citation.ris.contains(type + "\r\n") && citation.ris.contains(container + "\r\n"))
        let csl = citation.cslItem.text()
        #expect(csl.contains(cslType) && csl.contains(cslContainer))
        let tags = HighwireTags.tags(citation).compactMap { $0["name"]?.text }
        #expect(tags.filter { $0.hasSuffix("_title") && $0 != "citation_title" } == (tag.map { [$0] } ?? []))
        #expect(!citation.bibTeX.contains("journal") || venue.hasPrefix("Journal"))
    }

    /// A paper file's `type:` overrides the classifier; its identifiers reach every format.
    @Test func paperFileTypeAndIdentifiersReachEveryFormat() {
        let links = PaperLinks(arxiv: "2310.06825", doi: "10.48550/arXiv.2310.06825", pdf: "https://arxiv.org/pdf/2310.06825",
                               venue: "Mistral AI technical reports", type: .preprint, source: "papers/mistral-7b.md")
        let citation = Self.citation(Self.paper(venue: "arXiv.org Artificial Intelligence", links: links))
        #expect(citation.bibTeX == """
            @misc{jiang2023mistral,
              title = {Mistral {7B}},
              author = {Jiang, Albert Q. and {Gemini Team}},
              year = {2023},
              month = oct,
              eprint = {2310.06825},
              archivePrefix = {arXiv},
              primaryClass = {cs.CL},
              doi = {10.48550/arXiv.2310.06825},
              keywords = {Computation and Language},
              url = {https://arxiv.org/abs/2310.06825}
            }
            """)
        #expect(citation.ris.contains("AU  - Gemini Team\r\n") && citation.ris.contains("DO  - 10.48550/arXiv.2310.06825\r\n")
            && citation.ris.contains("UR  - https://arxiv.org/abs/2310.06825\r\n") && citation.ris.contains("L1  - https://arxiv.org/pdf/2310.06825\r\n"))
        let csl = citation.cslItem.text()
        #expect(csl.contains(#"{"literal":"Gemini Team"}"#) && csl.contains(#""DOI":"10.48550/arXiv.2310.06825""#)
            && csl.contains(#""URL":"https://arxiv.org/abs/2310.06825""#) && csl.contains(#""number":"arXiv:2310.06825""#))
        let tags = Dictionary(HighwireTags.tags(citation).map { ($0["name"]?.text ?? "", $0["content"]?.text ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(tags["citation_arxiv_id"] == "2310.06825" && tags["citation_doi"] == "10.48550/arXiv.2310.06825"
            && tags["citation_pdf_url"] == "https://arxiv.org/pdf/2310.06825" && tags["citation_journal_title"] == nil)
    }

    /// TeX stays TeX in BibTeX (math braced in a title, escapes kept) and is plain text elsewhere.
    @Test func teXIsTeXInBibTeXAndTextElsewhere() {
        let citation = Self.citation(Self.paper(title: #"Sorting in $O(n \log n)$ with 4$\times$ less R\&D"#))
        #expect(citation.bibTeX.contains(#"title = {Sorting in {$O(n \log n)$} with 4{$\times$} less {R}\&{D}},"#))
        #expect(citation.ris.contains("TI  - Sorting in O(n log n) with 4× less R&D\r\n"))
        #expect(citation.cslItem.text().contains(#""title":"Sorting in O(n log n) with 4× less R\u0026D""#))
    }

    /// A paper seen only on collaborators lists has no printed byline: no author is claimed.
    @Test func withoutAPrintedBylineNoAuthorIsClaimed() {
        let citation = Self.citation(Self.paper(authors: ["Arthur Mensch"], hasPrintedByline: false))
        #expect(!citation.bibTeX.contains("author ="))
        #expect(!citation.ris.contains("AU  -") && citation.ris.contains("N1  - Author list incomplete"))
        #expect(citation.cslItem.text().contains(#""author":[]"#))
        #expect(!HighwireTags.tags(citation).contains { $0["name"]?.text == "citation_author" })
    }

    /// A generational suffix is neither given nor family name: each format puts it in its own place,
    /// and the BibTeX key takes the family name.
    @Test func suffixesGoInEachFormatsOwnPlace() throws {
        let citation = Self.citation(Self.paper(authors: ["Martin Luther King Jr.", "John Smith, III", "Smith Jr."]))
        #expect(citation.key == "king2023mistral")
        #expect(citation.bibTeX.contains("author = {King, Jr., Martin Luther and Smith, III, John and Jr., Smith},"))
        #expect(citation.ris.contains("AU  - King, Martin Luther, Jr.\r\nAU  - Smith, John, III\r\nAU  - Jr., Smith\r\n"))
        #expect(citation.cslItem.text().contains(#""author":[{"family":"King","given":"Martin Luther","suffix":"Jr."},"#
                                                 + #"{"family":"Smith","given":"John","suffix":"III"},{"family":"Jr.","given":"Smith"}]"#))
        let tags = HighwireTags.tags(citation).filter { $0["name"]?.text == "citation_author" }.compactMap { $0["content"]?.text }
        #expect(tags == ["Martin Luther King Jr.", "John Smith III", "Smith Jr."])
    }

    @Test(arguments: [("Gemini Team", true), ("ATLAS Collaboration", true), ("Mistral-AI", true), ("BigScience Workshop", true),
                      ("Meta AI", true), ("DeepMind", true), ("Albert Q. Jiang", false), ("Teven Le Scao", false),
                      ("Ai Ueda", false), ("Diego de las Casas", false),
                      ("BLOOM CONTRIBUTORS", true), ("Acme Inc.", true), ("Équipe Research,", true), ("Ségolène Lab-Royal", false),
                      ("Teamwork Labrador", false)])
    func groupsAreOneLiteralName(_ name: String, _ isGroup: Bool) {
        #expect(CitationName.isGroup(name) == isGroup)
        #expect(CitationName(name).isGroup == isGroup)
        if isGroup { #expect(CitationName(name).family == name && CitationName(name).given.isEmpty) }
    }

    @Test func withoutBaseURLThereIsNoURLField() {
        let citation = Self.citation(baseURL: "")
        #expect(!citation.bibTeX.contains("url"))
        #expect(!citation.ris.contains("UR  -"))
        #expect(!citation.cslItem.text().contains("URL"))
    }

    @Test func duplicateKeysGetLettersOldestPaperFirst() {
        func paper(_ id: String, _ year: Int?) -> Paper {
            Paper(id: id, title: "The Mistral model", authors: ["Albert Q. Jiang"], authorsTruncated: false, hasPrintedByline: true,
                  organizations: [], category: nil, date: year.map { PaperDate(year: $0, month: 1, day: 1) },
                  hasCode: false, venues: [], sources: [], altTitles: [], abstract: nil, knownAuthors: [])
        }
        let keys = BibTeXKeys.assign([paper("c", 2023), paper("b", 2023), paper("a", 2022), paper("d", nil), paper("e", nil)])
        #expect(keys == ["b": "jiang2023mistral", "c": "jiang2023mistralb", "a": "jiang2022mistral",
                         "d": "jiang2023mistral".replacingOccurrences(of: "2023", with: "nd"), "e": "jiangndmistralb"])
        let many = BibTeXKeys.assign((0..<28).map { paper(String(format: "p%02d", $0), 2020) })
        #expect(many["p01"] == "jiang2020mistralb" && many["p25"] == "jiang2020mistralz" && many["p26"] == "jiang2020mistralaa")
    }

    /// The key's title word: the first word (split at white space, `-`, `:`) left with letters
    /// or digits that is not a skipped word, as splitting the whole title finds it.
    @Test(arguments: [
        ("The Mistral model", "mistral"), ("On: the - Art", "art"), ("  \t--::", ""), ("", ""), ("Towards", ""),
        ("A  $\\alpha$-Net", "alpha"), ("Über-Netze für alle", "uber"), ("of the 3D world", "3d"), ("\u{2003}Ｆｕｌｌ width", "width"),
        ("e\u{301}tude\u{00A0}fine", "etude"), ("!!! ?? real", "real"),
    ])
    func titleWordIsTheFirstKeptWord(title: String, word: String) {
        #expect(BibTeXKeys.titleWord(title) == word)
    }

    @Test func papersAuthorsAndCategoriesOfferDownloads() throws {
        let files = try renderSite(SiteFixture.site()).files
        for path in ["papers/mistral-7b/cite.bib", "papers/mistral-7b/cite.ris", "papers/mistral-7b/cite.json",
                     "authors/arthur-mensch/publications.bib", "authors/arthur-mensch/publications.json"] {
            #expect(files[path] != nil, "missing \(path)")
        }
        let bulk = try #require(files["authors/arthur-mensch/publications.json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(bulk.utf8)) as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["jiang2023mistral", "alayrac2022flamingo", "anonndpixtral"])
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
    }

    /// A list's CSL-JSON gives each paper's own item without its abstract, as BibTeX does (most of
    /// the bytes, and in the paper's `cite.json`); every other field is the paper's.
    @Test func bulkCSLJSONIsThePapersItemsWithoutAbstracts() throws {
        let files = try renderSite(SiteFixture.site()).files
        func items(_ path: String) throws -> [[String: Any]] {
            let text = try #require(files[path])
            return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        }
        let bulk = try items("authors/arthur-mensch/publications.json")
        var own = try items("papers/flamingo/cite.json")[0]
        #expect(own["abstract"] as? String == "Building models with x² parameters.")
        own["abstract"] = nil
        let flamingo = try #require(bulk.first { $0["id"] as? String == own["id"] as? String })
        #expect(NSDictionary(dictionary: flamingo) == NSDictionary(dictionary: own))
        #expect(bulk.allSatisfy { $0["abstract"] == nil })
    }

    /// Without per-paper files (`outputs:` without `citations`), a list of one paper writes its
    /// own bulk files and links to them; without bulk files, lists link to none.
    @Test func withoutPaperFilesAListOfOnePaperWritesItsOwn() throws {
        var site = SiteFixture.site()
        site.config.outputs = [.html, .bulk]
        let files = try renderSite(site).files
        #expect(files["papers/flamingo/cite.bib"] == nil && files["categories/cv/publications.bib"] != nil)
        let page = try #require(files["categories/cv/index.html"])
        #expect(page.contains(#"<a href="../../categories/cv/publications.bib" type="application/x-bibtex" download>BibTeX</a>"#))
        #expect(!(try #require(files["papers/flamingo/index.html"])).contains("cite.bib"))
        site.config.outputs = [.html, .citations]
        let withoutBulk = try renderSite(site).files
        #expect(!withoutBulk.keys.contains { $0.hasSuffix("publications.bib") })
        #expect(!(try #require(withoutBulk["authors/arthur-mensch/index.html"])).contains("publications."))
        #expect((try #require(withoutBulk["papers/flamingo/index.html"])).contains("cite.bib"))
    }

    /// The texts the papers' own pages get (the BibTeX entries alone kept, the lists' texts freed
    /// before those pages are built) give the same entries, and any list text asked of them after
    /// all is made anew, the same.
    @Test func textsKeptForThePapersPagesGiveTheSameEntries() throws {
        let site = SiteFixture.site()
        let index = SiteIndex(site)
        let texts = PaperTexts(index)
        let kept = texts.keepingBibTeXOnly()
        #expect(!site.papers.isEmpty)
        for paper in site.papers {
            let citation = index.citation(paper)
            #expect(kept.bibTeX(of: paper, citation: citation) == texts.bibTeX(of: paper, citation: citation))
            #expect(!texts[paper].folderFeedEntry.isEmpty && !texts[paper].cslListItem.isEmpty, "\(paper.id)")
            #expect(kept[paper].folderFeedEntry == texts[paper].folderFeedEntry, "\(paper.id)")
            #expect(kept[paper].cslListItem == texts[paper].cslListItem, "\(paper.id)")
        }
    }

    /// A big list's bulk files go to the writer in parts; joined, the parts are the same bytes as
    /// the files made whole (2,500 papers: several parts, and an end that is not a whole part).
    @Test func bigBulkFilesAreStreamedInPartsWithTheSameBytes() throws {
        let papers = (0..<2_500).map { number in
            Paper(id: "p\(number)", title: "Paper \(number)", authors: ["Albert Q. Jiang"], authorsTruncated: false, hasPrintedByline: true,
                  organizations: [], category: "cs.CL", date: PaperDate(year: 2020, month: 1, day: 1),
                  hasCode: false, venues: [], sources: [], altTitles: [], abstract: "Abstract \(number).", knownAuthors: [])
        }
        let site = Site(config: SiteConfig(captureYear: 2024), profiles: [], papers: papers, authors: [], categories: [],
                        mergedEntries: 0, diagnostics: [])
        let texts = PaperTexts(SiteIndex(site))
        let whole = CitationFiles.list(papers, folder: "x/", texts: texts, config: site.config)
        let streamed = CitationFiles.list(papers, folder: "x/", texts: texts, config: site.config, streamingThreshold: 0)
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
