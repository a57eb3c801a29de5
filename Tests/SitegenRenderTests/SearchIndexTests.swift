import Foundation
import SitegenModel
import Testing
@testable import SitegenRender
import SitegenTestSupport

/// The static search index: tokens (folding, compounds, positions), postings field by field,
/// shards, tail files and document chunks, read back the way `search.js` reads them.
@Suite("Search index")
struct SearchIndexTests {
    /// The built files, name (`shard-th`) → parsed JSON.
    static func files(_ site: Site = SiteFixture.site(), maxShardBytes: Int = SearchFiles.maxShardBytes,
                      maxTailBytes: Int = SearchFiles.maxTailBytes) throws -> [String: Any] {
        var parsed: [String: Any] = [:]
        for file in SearchFiles.all(SearchIndex(SiteIndex(site)), maxShardBytes: maxShardBytes, maxTailBytes: maxTailBytes) {
            let text = String(decoding: file.contents, as: UTF8.self)
            let name = String(file.path.dropFirst("search/".count).dropLast(".js".count))
            let prefix = "sitegenSearch(\"\(name)\","
            #expect(text.hasPrefix(prefix) && text.hasSuffix(");\n"), "\(file.path)")
            let json = text.dropFirst(prefix.count).dropLast(3)
            parsed[name] = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
        }
        return parsed
    }

    /// The numbers `SearchNumbers` wrote into `text`.
    static func numbers(_ text: String) -> [Int] {
        var numbers: [Int] = []
        var value = 0
        for byte in text.utf8 {
            let digit = try! #require(SearchNumbers.alphabet.firstIndex(of: byte))
            if digit < SearchNumbers.base {
                numbers.append(value * SearchNumbers.base + digit)
                value = 0
            } else {
                value = value * SearchNumbers.base + digit - SearchNumbers.base
            }
        }
        return numbers
    }

    /// A manifest's key list (`SearchFiles.keyList`) read back.
    static func keys(_ list: String) -> [String] {
        var previous: [Unicode.Scalar] = []
        return list.split(separator: " ").map { entry in
            let shared = Int(String(entry.prefix(1)))!
            previous = Array(previous.prefix(shared)) + Array(entry.dropFirst().unicodeScalars)
            return String(String.UnicodeScalarView(previous))
        }
    }

    /// A document and the position of a token in it.
    struct Hit: Equatable, CustomStringConvertible {
        let document: Int
        let position: Int
        var description: String { "\(document)@\(position)" }
    }

    /// What `search.js` finds for one word: its strong and weak documents.
    static func lookUp(_ word: String, in files: [String: Any]) throws -> (strong: [Hit], weak: [Hit])? {
        let manifest = try #require(files["manifest"] as? [String: Any])
        let keys = Self.keys(try #require(manifest["shards"] as? String))
        let length = word.unicodeScalars.count
        guard let key = (2...min(length, 8)).reversed().map({ SearchTokens.prefix(word, $0) }).first(where: keys.contains),
              let shard = files[SearchFiles.fileName("shard", key)] as? [String: String], let code = shard[word] else { return nil }
        let numbers = Self.numbers(code)
        var strong: [Hit] = [], weak: [Hit] = [], document = 0
        for k in 0..<(numbers.count - 1) / 2 {
            if k == numbers[0] { document = 0 }
            document += numbers[2 * k + 1]
            let hit = Hit(document: document, position: numbers[2 * k + 2])
            if k < numbers[0] { strong.append(hit) } else { weak.append(hit) }
        }
        return (strong, weak)
    }

    static func texts(_ text: String) -> [String] { SearchTokens.tokens(text).map(\.text) }

    @Test func tokensFoldCaseAccentsAndPunctuationAndDropStopWords() {
        #expect(Self.texts("Gaël VAROQUAUX: the Mixture-of-Experts (MoE) in 7B, x")
                == ["gael", "varoquaux", "mixture", "experts", "mixtureofexperts", "moe", "7b"])
        #expect(Self.texts("Jiang Jiang jiang") == ["jiang"])
        #expect(Self.texts("日本語 Ωmega") == ["日本語", "ωmega"])
        // ASCII text takes a byte path; a one-letter non-ASCII word (never a token) sends the same
        // text down the Unicode path, which must give the same tokens.
        let ascii = #"We prove $O(n \log n)$ bounds_for GPT-4o & A100s: 73.1% of 7B\emph{LoRA} runs; x y ZZ 1 42 don't"#
        #expect(SearchTokens.tokens(ascii) == SearchTokens.tokens(ascii + " é"))
        let tokens = Self.texts(ascii)
        #expect(tokens.contains("bounds") && tokens.contains("gpt4o") && tokens.contains("zz") && tokens.contains("dont") && !tokens.contains("x"))
    }

    @Test func lettersWithoutMarksFoldAsTyped() {
        #expect(Self.texts("Ødegaard Łukasz Weiß Æsir Œuvre Đorđe Þórunn Sæther ıstanbul Ðan ﬁne-tuning ŀl")
                == ["odegaard", "lukasz", "weiss", "aesir", "oeuvre", "dorde", "thorunn", "saether", "istanbul", "dan", "fine",
                    "tuning", "finetuning", "ll"])
        #expect(Self.texts("ØDEGAARD ŁUKASZ WEIẞ ÆSIR ŒUVRE ĐORĐE ÞÓRUNN") == ["odegaard", "lukasz", "weiss", "aesir", "oeuvre", "dorde", "thorunn"])
        #expect(Self.texts("ΟΔΟΣ οδος") == ["οδοσ"], "a final sigma folds (JavaScript lowers it by context, Swift does not)")
        #expect(Self.texts("Weiss") == Self.texts("Weiß") && Self.texts("Odegaard") == Self.texts("Ødegaard"))
        for (letter, folded) in SearchFolding.table {
            #expect(letter.properties.isLowercase && folded.unicodeScalars.allSatisfy { $0.properties.isAlphabetic },
                    "\(letter) is a lower-case letter and folds to letters")
        }
    }

    @Test func compoundsGiveTheirPartsAndTheWhole() {
        typealias T = SearchTokens.Token
        #expect(SearchTokens.tokens("Marie Lacroix-Dupont") == [T(text: "marie", position: 0), T(text: "lacroix", position: 1),
                                                              T(text: "dupont", position: 2), T(text: "lacroixdupont", position: 1)])
        for name in ["O'Brien", "O’Brien", "O\u{2010}Brien"] {
            #expect(SearchTokens.tokens(name) == [T(text: "brien", position: 1), T(text: "obrien", position: 0)], "\(name)")
        }
        #expect(SearchTokens.tokens("Ødegaard-Weiß") == [T(text: "odegaard", position: 0), T(text: "weiss", position: 1),
                                                      T(text: "odegaardweiss", position: 0)])
        #expect(Self.texts("state-of-the-art") == ["state", "art", "stateoftheart"])
        #expect(Self.texts("Paris - Lyon, x--y, x-'y, a—b, -lead trail-") == ["paris", "lyon", "lead", "trail"],
                "a joiner among other separators, or two, or a dash, joins nothing")
    }

    @Test func positionsCountEveryWordAndStrongTextsNeverTouch() {
        typealias T = SearchTokens.Token
        #expect(SearchTokens.tokens("Mixture of Experts") == [T(text: "mixture", position: 0), T(text: "experts", position: 2)])
        let document = SearchTokens.tokens(strong: ["A Graph Model", "Anna Weiß", "Graph Lee"], weak: "The graph model of Lee Anna")
        #expect(document.strong == [T(text: "graph", position: 1), T(text: "model", position: 2), T(text: "anna", position: 4),
                                    T(text: "weiss", position: 5), T(text: "lee", position: 8)])
        #expect(document.weak == [], "words of the strong texts are not weak as well")
        #expect(SearchTokens.tokens(strong: ["Graph"], weak: "a b model").weak == [T(text: "model", position: 2)], "weak positions start at 0")
    }

    /// The rules `SearchTokens` (and `assets/search.js`) follow, applied to the whole text at once
    /// and nothing else: canonical decomposition, marks dropped, split at what is not a letter or
    /// a digit, lower case and folded, words joined by one joiner also whole, every word one
    /// position, 2 to 40 scalars, no stop words, each once.
    static func referenceTokens(_ text: String) -> [SearchTokens.Token] {
        var tokens: [SearchTokens.Token] = []
        var word = String.UnicodeScalarView()
        var separators: [Unicode.Scalar] = []
        var position = 0
        var compound = "", compoundWords = 0, compoundStart = 0
        func add(_ token: String, at position: Int) {
            if (2...SearchTokens.maxLength).contains(token.unicodeScalars.count), !SearchTokens.stopWords.contains(token),
               !tokens.contains(where: { $0.text == token }) {
                tokens.append(SearchTokens.Token(text: token, position: position))
            }
        }
        func endCompound() {
            if compoundWords > 1 { add(compound, at: compoundStart) }
            compoundWords = 0
        }
        func flush() {
            guard !word.isEmpty else { return }
            let folded = String(word).lowercased().unicodeScalars
                .map { scalar in SearchFolding.table.first { $0.letter == scalar }?.folded ?? String(scalar) }.joined()
            if separators.count == 1 && SearchTokens.joiners.contains(separators[0]) && compoundWords > 0 {
                compound += folded
                compoundWords += 1
            } else {
                endCompound()
                (compound, compoundWords, compoundStart) = (folded, 1, position)
            }
            separators = []
            add(folded, at: position)
            position += 1
            word = String.UnicodeScalarView()
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber: word.append(scalar)
            default:
                flush()
                separators.append(scalar)
            }
        }
        flush()
        endCompound()
        return tokens
    }

    @Test func tokensFollowTheUnicodeRulesWordByWord() {
        // Words mixing ASCII and other letters, marks next to separators, letters that decompose,
        // fold or lower to ASCII, joiners in and out of ASCII, separators outside ASCII: the byte
        // path per ASCII word must agree.
        let pieces = ["a", "Z", "q", "é", "e\u{301}", "\u{301}", " ", ",", "—", "İ", "\u{212A}", "日", "ß", "ẞ", "Ø", "ł", "-", "'",
                      "’", "\u{2010}", "9", "Ω", "Σ", "x", "\u{A0}", "ﬁ", "Ⅻ", "AB", "the", "of"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(SearchTokens.tokens(text) == Self.referenceTokens(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            let split = SearchTokens.tokens(strong: [text], weak: text + " weak words")
            let strong = Set(split.strong.map(\.text))
            #expect(split.strong == Self.referenceTokens(text)
                    && split.weak == Self.referenceTokens(text + " weak words").filter { !strong.contains($0.text) })
        }
    }

    /// A run's table gives each document's distinct tokens (`SearchTokens.tokens(strong:weak:)`)
    /// as postings, also past several growths of the table and with stop words, compounds,
    /// repeats and non-ASCII words.
    @Test func runPostingsHoldEachDocumentsDistinctTokens() {
        let words = ["graph", "Graph", "the", "of", "Lacroix-Dupont", "O'Brien", "Ødegaard", "weiß", "café", "x", "mixture", "42", "a-b-c"]
        var random = SplitMix(state: 20)
        func text() -> String {
            (0..<Int.random(in: 0...12, using: &random)).map { _ in
                Bool.random(using: &random) ? words.randomElement(using: &random)! : "w\(Int.random(in: 0..<6_000, using: &random))"
            }.joined(separator: Bool.random(using: &random) ? " " : ", ")
        }
        var run = RunPostings()
        var expected: [String: SearchIndex.Postings] = [:]
        for document in 0..<1_500 {
            let strong = (0..<Int.random(in: 0...3, using: &random)).map { _ in text() }
            let weak = text()
            run.document = Int32(document)
            SearchTokens.read(strong: strong, weak: weak, into: &run)
            let tokens = SearchTokens.tokens(strong: strong, weak: weak)
            for token in tokens.strong {
                expected[token.text, default: .init()].strong.append(.init(document: Int32(document), position: Int32(token.position)))
            }
            for token in tokens.weak {
                expected[token.text, default: .init()].weak.append(.init(document: Int32(document), position: Int32(token.position)))
            }
        }
        let gathered = run.gathered()
        #expect(gathered.count == expected.count)
        #expect(expected.count > 4_096, "the table grew past its first size")
        for (token, postings) in gathered {
            #expect(postings.strong == expected[token]?.strong && postings.weak == expected[token]?.weak, "\(token)")
        }
    }

    @Test func numbersAreShortAndReadBack() {
        var out: [UInt8] = []
        for number in [0, 43, 44] { SearchNumbers.append(number, to: &out) }
        #expect(String(decoding: out, as: UTF8.self) == "#QS#")
        let numbers = (0..<2_000).map { _ in Int.random(in: 0...(Bool.random() ? 50 : 5_000_000)) }
        out = []
        for number in numbers { SearchNumbers.append(number, to: &out) }
        #expect(Self.numbers(String(decoding: out, as: UTF8.self)) == numbers)
        #expect(SearchNumbers.alphabet.count == 2 * SearchNumbers.base && Set(SearchNumbers.alphabet).count == 88)
        var json: [UInt8] = []
        JSONValue.writeString(String(decoding: SearchNumbers.alphabet, as: UTF8.self), to: &json)
        #expect(json == [0x22] + SearchNumbers.alphabet + [0x22], "no character of the alphabet is escaped")
    }

    @Test func keyListsAreShortAndReadBack() {
        #expect(SearchFiles.keyList(["ac", "abc", "ab"]) == "0ab 2c 1c")
        let keys = ["ab", "ab1x", "日本", "日本語", "zz", "zz9"]
        #expect(Self.keys(SearchFiles.keyList(keys)) == keys.sorted())
    }

    /// Each field of each document, where `search.js` looks for it: the documents (0 mistral-7b,
    /// 1 flamingo, 2 pixtral-12b, then authors by paper count: 3 Arthur Mensch, …) and positions.
    @Test func everyFieldIsFoundStrongOrWeakAtItsPosition() throws {
        let files = try Self.files()
        func strong(_ word: String) throws -> [Hit]? { try Self.lookUp(word, in: files)?.strong }
        // Mistral 7B: title "Mistral 7B" (0, 1), authors from 3 (each one further on), category.
        #expect(try strong("mistral") == [Hit(document: 0, position: 0)], "title")
        #expect(try strong("7b") == [Hit(document: 0, position: 1)])
        #expect(try strong("jiang")?.first == Hit(document: 0, position: 5), "first author: albert 3, q 4, jiang 5")
        #expect(try strong("gael") == [Hit(document: 0, position: 10), Hit(document: 5, position: 0)], "third author; the author's page")
        #expect(try strong("mensch") == [Hit(document: 0, position: 8), Hit(document: 1, position: 14), Hit(document: 2, position: 4),
                                         Hit(document: 3, position: 1)])
        #expect(try strong("jeanbaptiste")?.map(\.document) == [1, 6], "a compound as one word")
        #expect(try strong("vision")?.map(\.document) == [1], "category names are strong")
        #expect(try Self.lookUp("parameters", in: files)?.weak == [Hit(document: 1, position: 4)], "abstract words are weak")
        #expect(try Self.lookUp("parameters", in: files)?.strong == [])
        #expect(try Self.lookUp("nowhere", in: files) == nil)
        let manifest = try #require(files["manifest"] as? [String: Any])
        #expect(manifest["papers"] as? Int == 3 && manifest["authors"] as? Int == 5)
        let docs = try #require(files["docs-0"] as? [[Any]])
        #expect(docs.count == 8)
        #expect(docs[1][0] as? String == "Flamingo: a Visual Language Model" && docs[1][1] as? String == "flamingo")
        #expect(docs[1][2] as? String == "Jean-Baptiste Alayrac, Jeff Donahue et al." && docs[1][3] as? Int == 2022)
        #expect(docs[3][0] as? String == "Arthur Mensch" && docs[3][2] as? String == "3 papers")
    }

    /// A search result's buttons, rebuilt the way `search.js` rebuilds them from the manifest's
    /// shapes and the document's entries, are the buttons lists show (`PaperButtons`).
    @Test func papersCarryTheButtonsListsShow() throws {
        var site = SiteFixture.site()
        site.papers[2].links = PaperLinks(arxiv: "2410.07073", pdf: "https://example.org/pixtral.pdf", video: "https://example.org/v",
                                          source: "papers/pixtral-12b.md")
        let files = try Self.files(site)
        let shapes = try #require((files["manifest"] as? [String: Any])?["buttons"] as? [[Any]])
        let docs = try #require(files["docs-0"] as? [[Any]])
        for (number, paper) in site.papers.enumerated() {
            let title = PlainText.readable(paper.title)
            let rebuilt = try #require(docs[number][4] as? [Any]).map { entry -> (label: String, href: String, hint: String?, find: Bool) in
                let shape = shapes[(entry as? Int) ?? ((entry as? [Any])?[0] as? Int ?? -1)]
                let fill = shape[5] as? String == "q" ? PaperButtons.queryEncoded(title)
                    : shape[5] as? String == "slug" ? paper.id : ((entry as? [Any])?[1] as? String ?? "")
                return (shape[0] as? String ?? "", (shape[4] as? String ?? "") + fill + (shape[6] as? String ?? ""), shape[1] as? String,
                        shape[2] as? Int == 1)
            }
            let expected = PaperButtons(paper, query: PaperButtons.queryEncoded(title), config: site.config)
            #expect(rebuilt.filter { !$0.find }.map { "\($0.label) \($0.href) \($0.hint ?? "-")" }
                    == expected.links.map { "\($0.label) \($0.href) \($0.hint ?? "-")" }, "\(paper.id)")
            #expect(rebuilt.filter(\.find).map { "\($0.label) \($0.href)" } == expected.finds.map { "\($0.label) \($0.href)" }, "\(paper.id)")
        }
        #expect(shapes.count < 3 * 6, "papers share shapes: \(shapes.count)")
        #expect((docs[2][4] as? [Any])?.contains { ($0 as? [Any])?[1] as? String == "https://example.org/pixtral.pdf" } == true)
        #expect(docs[3].count == 4, "authors have no buttons")
    }

    /// A result's byline is the list's: its first names, how many more, whether the byline was cut.
    @Test func resultsPrintTheBylineAsListsDo() throws {
        var site = SiteFixture.site()
        site.papers[2].authors = (1...10).map { "Person \($0)" }
        site.papers[2].authorsTruncated = true
        let docs = try #require(try Self.files(site)["docs-0"] as? [[Any]])
        #expect(docs[2][2] as? String == (1...8).map { "Person \($0)" }.joined(separator: ", ") + " +2 more authors et al.")
        #expect(docs[0][2] as? String == "Albert Q. Jiang, Arthur Mensch, Gaël Varoquaux")
    }

    /// The manifest carries the query rules: `search.js` folds and splits with these, not its own.
    @Test func theManifestCarriesTheRulesAndTheKeys() throws {
        let files = try Self.files()
        let manifest = try #require(files["manifest"] as? [String: Any])
        #expect(manifest["version"] as? Int == 3)
        #expect(manifest["stopWords"] as? [String] == SearchTokens.stopWords)
        let fold = try #require(manifest["fold"] as? [String: String])
        #expect(fold.count == SearchFolding.table.count && SearchFolding.table.allSatisfy { fold[String($0.letter)] == $0.folded })
        #expect(manifest["joiners"] as? String == "-'\u{2010}\u{2011}\u{2019}" && manifest["maxLength"] as? Int == SearchTokens.maxLength)
        for (list, kind) in [("shards", "shard"), ("tails", "tail")] {
            let keys = Self.keys(try #require(manifest[list] as? String))
            #expect(!keys.isEmpty && keys.allSatisfy { files[SearchFiles.fileName(kind, $0)] != nil }, "\(list)")
        }
    }

    /// Tail files list every word a typo could mean (four letters or more, no digits) once, in the
    /// file of the longest key it ends with; `search.js` finds a word's file by its ending.
    @Test func tailFilesListEveryTypoTargetByItsEnding() throws {
        let site = SiteFixture.site()
        let tokens = Set(SearchIndex(SiteIndex(site)).postings.keys)
        for maxTailBytes in [SearchFiles.maxTailBytes, 12] {
            let files = try Self.files(site, maxTailBytes: maxTailBytes)
            let keys = Self.keys(try #require((files["manifest"] as? [String: Any])?["tails"] as? String))
            var listed: [String] = []
            for key in keys {
                let words = try #require(files[SearchFiles.fileName("tail", key)] as? String).split(separator: " ").map(String.init)
                #expect(words.allSatisfy { $0.hasSuffix(key) } && words == words.sorted(), "\(key)")
                listed += words
            }
            #expect(listed.sorted() == tokens.filter(SearchFiles.isTypoTarget).sorted())
            #expect(listed.contains("varoquaux") && listed.contains("jeanbaptiste") && !listed.contains("7b") && !listed.contains("cv") && listed.contains("jeff"))
            if maxTailBytes == 12 { #expect(keys.contains { $0.count > 2 }, "a tail file over the limit splits") }
        }
    }

    @Test func bigShardsSplitByLongerPrefixesAndEveryTokenIsStillFound() throws {
        let site = SiteFixture.site()
        let whole = try Self.files(site)
        let split = try Self.files(site, maxShardBytes: 25)
        let keys = Self.keys(try #require((split["manifest"] as? [String: Any])?["shards"] as? String))
        #expect(keys.contains { $0.count > 2 }, "a shard over the limit splits")
        #expect(Set(keys).count == keys.count)
        for token in SearchIndex(SiteIndex(site)).postings.keys {
            let found = try Self.lookUp(token, in: split)
            let expected = try Self.lookUp(token, in: whole)
            #expect(found != nil && found?.strong == expected?.strong && found?.weak == expected?.weak, "\(token)")
        }
    }

    /// Shard and tail files are named by key, so a token that makes a new shard (or splits one) leaves
    /// every other file as it was: a rebuild rewrites only the shards whose tokens changed.
    @Test func shardFilesAreNamedByKeySoANewShardRenamesNoOther() throws {
        #expect(SearchFiles.fileName("shard", "th") == "shard-th")
        #expect(SearchFiles.fileName("shard", "日本") == "shard-u-e697a5e69cac")
        #expect(SearchFiles.fileName("shard", "ωm") == "shard-u-cf896d")
        var site = SiteFixture.site()
        let before = Dictionary(uniqueKeysWithValues: SearchFiles.all(SearchIndex(SiteIndex(site)), maxShardBytes: 25).map { ($0.path, $0.contents) })
        site.authors.append(Author(id: "qqzz-aa", name: "Qqzz Aa", otherSpellings: [], profile: nil, ownedFiles: [], paperIDs: []))
        let after = Dictionary(uniqueKeysWithValues: SearchFiles.all(SearchIndex(SiteIndex(site)), maxShardBytes: 25).map { ($0.path, $0.contents) })
        let changed = Set(after.keys.filter { before[$0] != after[$0] })
        #expect(changed.contains { $0.hasPrefix("search/shard-qq") }, "the new token's shard")
        let expected = ["search/manifest.js", "search/shard-qq", "search/shard-aa", "search/tail-zz", "search/docs-"]
        #expect(changed.allSatisfy { path in expected.contains { path.hasPrefix($0) } },
                "only the new document's shards, tail file and chunk change: \(changed.sorted())")
        #expect(Set(before.keys).isSubset(of: after.keys), "no file is renamed away")
    }

    @Test func documentsAreChunked() throws {
        var site = SiteFixture.site()
        site.papers += (0..<250).map { n in
            Paper(id: "p\(n)", title: "Paper \(n)", authors: [], authorsTruncated: false, hasPrintedByline: true, organizations: [], category: nil,
                  date: nil, hasCode: false, venues: [], sources: [], altTitles: [], abstract: nil, knownAuthors: [])
        }
        let files = try Self.files(site)
        let chunk = SearchFiles.chunk, total = 258, last = (total - 1) / chunk
        #expect((files["docs-0"] as? [Any])?.count == chunk)
        #expect((files["docs-\(last)"] as? [Any])?.count == total - last * chunk && files["docs-\(last + 1)"] == nil)
        #expect(((files["docs-\(last)"] as? [[Any]])?.last?[1] as? String) == "jeff-donahue", "authors come after papers")
    }

    @Test func theSearchPageHasTheFormTheScriptAndANoScriptWay() throws {
        let html = try #require(try renderSite(SiteFixture.site()).files["search/index.html"])
        #expect(html.contains(#"<script src="../assets/search.js" defer></script>"#))
        #expect(html.contains(#"<div id="search" data-root="../">"#))
        #expect(html.contains("<noscript>"))
    }
}

extension SearchFiles {
    /// Every file `make` hands over, in order.
    static func all(_ index: SearchIndex, maxShardBytes: Int = maxShardBytes, maxTailBytes: Int = maxTailBytes) -> [RenderedFile] {
        var files: [RenderedFile] = []
        make(index, maxShardBytes: maxShardBytes, maxTailBytes: maxTailBytes) { files.append($0) }
        return files
    }
}
