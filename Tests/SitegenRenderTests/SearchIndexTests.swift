import Foundation
import SitegenModel
import Testing
@testable import SitegenRender

/// The static search index: tokens, shards and document chunks, read back the way `search.js` reads them.
@Suite("Search index")
struct SearchIndexTests {
    /// The built files, name (`shard-th`) → parsed JSON.
    static func files(_ site: Site = SiteFixture.site(), maxShardBytes: Int = SearchFiles.maxShardBytes) throws -> [String: Any] {
        var parsed: [String: Any] = [:]
        for file in SearchFiles.make(SearchIndex(site), maxShardBytes: maxShardBytes) {
            let text = String(decoding: file.contents, as: UTF8.self)
            let name = String(file.path.dropFirst("search/".count).dropLast(".js".count))
            let prefix = "sitegenSearch(\"\(name)\","
            #expect(text.hasPrefix(prefix) && text.hasSuffix(");\n"), "\(file.path)")
            let json = text.dropFirst(prefix.count).dropLast(3)
            parsed[name] = try JSONSerialization.jsonObject(with: Data(json.utf8))
        }
        return parsed
    }

    /// What `search.js` finds for one word: (strong, weak) document numbers.
    static func lookUp(_ word: String, in files: [String: Any]) throws -> (strong: [Int], weak: [Int])? {
        let manifest = try #require(files["manifest"] as? [String: Any])
        let keys = try #require(manifest["shards"] as? [String])
        let names = try #require(manifest["shardFiles"] as? [String])
        let length = word.unicodeScalars.count
        guard let key = (2...min(length, 8)).reversed().map({ SearchTokens.prefix(word, $0) }).first(where: keys.contains),
              let number = keys.firstIndex(of: key),
              let shard = files[names[number]] as? [String: [[Int]]], let lists = shard[word] else { return nil }
        func undoGaps(_ gaps: [Int]) -> [Int] { gaps.reduce(into: []) { $0.append(($0.last ?? 0) + $1) } }
        return (undoGaps(lists[0]), undoGaps(lists[1]))
    }

    @Test func tokensFoldCaseAccentsAndPunctuationAndDropStopWords() {
        #expect(SearchTokens.tokens("Gaël VAROQUAUX: the Mixture-of-Experts (MoE) in 7B, x") == ["gael", "varoquaux", "mixture", "experts", "moe", "7b"])
        #expect(SearchTokens.tokens("Jiang Jiang jiang") == ["jiang"])
        #expect(SearchTokens.tokens("日本語 Ωmega") == ["日本語", "ωmega"])
        // ASCII text takes a byte path; a one-letter non-ASCII word (never a token) sends the same
        // text down the Unicode path, which must give the same tokens.
        let ascii = #"We prove $O(n \log n)$ bounds_for GPT-4o & A100s: 73.1% of 7B\emph{LoRA} runs; x y ZZ 1 42"#
        #expect(SearchTokens.tokens(ascii) == SearchTokens.tokens(ascii + " é"))
        #expect(SearchTokens.tokens(ascii).contains("bounds") && SearchTokens.tokens(ascii).contains("gpt")
                && SearchTokens.tokens(ascii).contains("zz") && !SearchTokens.tokens(ascii).contains("x"))
    }

    /// The rules `SearchTokens` (and `assets/search.js`) follow, applied to the whole text at once
    /// and nothing else: canonical decomposition, marks dropped, split at what is not a letter or
    /// a digit, lower case, 2 to 40 scalars, no stop words, each once.
    static func referenceTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = String.UnicodeScalarView()
        func flush() {
            let token = String(word).lowercased()
            if (2...SearchTokens.maxLength).contains(word.count), !SearchTokens.stopWords.contains(token), !tokens.contains(token) {
                tokens.append(token)
            }
            word = String.UnicodeScalarView()
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber: word.append(scalar)
            default: flush()
            }
        }
        flush()
        return tokens
    }

    @Test func tokensFollowTheUnicodeRulesWordByWord() {
        // Words mixing ASCII and other letters, marks next to separators, letters that decompose
        // or lower to ASCII, separators outside ASCII: the byte path per ASCII word must agree.
        let pieces = ["a", "Z", "q", "é", "e\u{301}", "\u{301}", " ", ",", "—", "İ", "\u{212A}", "日", "ß", "-", "9", "Ω",
                      "x", "\u{A0}", "ﬁ", "Ⅻ", "’", "AB", "the"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(SearchTokens.tokens(text) == Self.referenceTokens(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            let split = SearchTokens.tokens(strong: text, weak: text + " weak words")
            #expect(split.strong == Self.referenceTokens(text)
                    && split.weak == Self.referenceTokens(text + " weak words").filter { !split.strong.contains($0) })
        }
    }

    @Test func aQueryWordFindsTheRightDocuments() throws {
        let files = try Self.files()
        // Documents: 0 mistral-7b, 1 flamingo, 2 pixtral-12b, then authors by paper count: 3 Arthur Mensch, …
        #expect(try Self.lookUp("mistral", in: files)?.strong == [0])
        #expect(try Self.lookUp("mensch", in: files)?.strong == [0, 1, 2, 3])
        #expect(try Self.lookUp("gael", in: files)?.strong.contains(0) == true)
        #expect(try Self.lookUp("parameters", in: files)?.weak == [1], "abstract words are weak")
        #expect(try Self.lookUp("vision", in: files)?.strong == [1], "category names are strong")
        #expect(try Self.lookUp("nowhere", in: files) == nil)
        let manifest = try #require(files["manifest"] as? [String: Any])
        #expect(manifest["papers"] as? Int == 3 && manifest["authors"] as? Int == 5)
        let docs = try #require(files["docs-0"] as? [[Any]])
        #expect(docs.count == 8)
        #expect(docs[1][0] as? String == "Flamingo: a Visual Language Model" && docs[1][1] as? String == "flamingo")
        #expect(docs[1][2] as? String == "Jean-Baptiste Alayrac, Jeff Donahue et al." && docs[1][3] as? Int == 2022)
        #expect(docs[3][0] as? String == "Arthur Mensch" && docs[3][2] as? String == "3 papers")
    }

    @Test func bigShardsSplitByLongerPrefixesAndEveryTokenIsStillFound() throws {
        let site = SiteFixture.site()
        let whole = try Self.files(site)
        let split = try Self.files(site, maxShardBytes: 25)
        let keys = try #require((split["manifest"] as? [String: Any])?["shards"] as? [String])
        #expect(keys.contains { $0.count > 2 }, "a shard over the limit splits")
        #expect(keys == keys.sorted() && Set(keys).count == keys.count)
        for token in SearchIndex(site).postings.keys {
            let found = try Self.lookUp(token, in: split)
            let expected = try Self.lookUp(token, in: whole)
            #expect(found != nil && found?.strong == expected?.strong, "\(token)")
        }
    }

    /// Shard files are named by key, so a token that makes a new shard (or splits one) leaves
    /// every other shard's file as it was: a rebuild rewrites only the shards whose tokens changed.
    @Test func shardFilesAreNamedByKeySoANewShardRenamesNoOther() throws {
        #expect(SearchFiles.fileName(ofShard: "th") == "shard-th")
        #expect(SearchFiles.fileName(ofShard: "日本") == "shard-u-e697a5e69cac")
        #expect(SearchFiles.fileName(ofShard: "ωm") == "shard-u-cf896d")
        var site = SiteFixture.site()
        let before = Dictionary(uniqueKeysWithValues: SearchFiles.make(SearchIndex(site), maxShardBytes: 25).map { ($0.path, $0.contents) })
        site.authors.append(Author(id: "qqzz-aa", name: "Qqzz Aa", otherSpellings: [], profile: nil, ownedFiles: [], paperIDs: []))
        let after = Dictionary(uniqueKeysWithValues: SearchFiles.make(SearchIndex(site), maxShardBytes: 25).map { ($0.path, $0.contents) })
        let changed = Set(after.keys.filter { before[$0] != after[$0] })
        #expect(changed.contains { $0.hasPrefix("search/shard-qq") }, "the new token's shard")
        let expected = ["search/manifest.js", "search/shard-qq", "search/shard-aa", "search/docs-"]
        #expect(changed.allSatisfy { path in expected.contains { path.hasPrefix($0) } },
                "only the new document's shards and chunk change: \(changed.sorted())")
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
