import SitegenSupport

/// The search index as static files under `search/`, loaded by `assets/search.js` with `<script>`
/// elements (so search works from `file://` too, where `fetch` is refused). Each file is one call,
/// `sitegenSearch("<name>", <JSON>);`:
///
/// - `manifest.js`: `{version, papers, authors, chunk, stopWords, fold, joiners, maxLength, shards,
///   tails, buttons}`: how a query becomes tokens (`SearchTokens`, `SearchFolding`: the script
///   reads the rules here, so they cannot drift), the keys of the shard and tail files (`keyList`),
///   and the shapes of the papers' buttons (`SearchButtons.Shape`), each `[label, hint, isFind,
///   isSiteFile, before, fill, after]` (`hint` null or text, the flags 0 or 1).
/// - `shard-<key>.js`: `{token: postings}` for every token whose longest matching key is this
///   shard's. `postings` is a string of `SearchNumbers`: how many strong documents, then for each
///   strong document and then each weak one, its number as the gap from the one before in its list
///   (the first from 0) and the position of the token in it (`SearchIndex.Posting`). Files are
///   named by key, not by position, so a shard added or split renames no other: a rebuild writes
///   only the shards whose tokens changed.
/// - `tail-<key>.js`: one string, the tokens of `tailMinLength` letters or more (no digits) that
///   end with the key, space-separated: where a query word with a typo in its first letters, which
///   sends it to another shard, finds the word it meant (`assets/search.js`, "Typos").
/// - `docs-n.js`: documents `n × chunk` up to the next chunk, each `[title, slug, detail, year]`,
///   and for a paper its buttons: each the number of its shape in `buttons`, or `[number, link]`
///   for a link only that paper has.
///
/// Shards are keyed by a token's first two characters; a shard bigger than `maxShardBytes` is split
/// by three characters, then four, … (tokens no longer than the key stay in the shorter key's
/// shard). Tail files are keyed the same way by last characters, up to `maxTailBytes`. A first
/// query so loads the manifest, one shard per word (and for a word that finds nothing, its tail
/// file and the shards of the words one typo away) and the document chunks of the results shown.
enum SearchFiles {
    static let folder = "search/"
    static let chunk = 10
    static let maxShardBytes = 32_000
    static let maxTailBytes = 16_000
    static let maxKeyLength = 8
    /// Tail files list tokens this long or longer: a query word of five letters with one letter
    /// too many means a word of four.
    static let tailMinLength = 4

    /// A token and its text in its file.
    private typealias Entry = (token: String, text: [UInt8])

    /// Hands every file to `write`, one at a time as each is made (the files of a big site's
    /// index are tens of megabytes), in the same order every time.
    static func make(_ index: SearchIndex, maxShardBytes: Int = maxShardBytes, maxTailBytes: Int = maxTailBytes,
                     write: (RenderedFile) throws -> Void) rethrows {
        let tokens = index.postings.keys.sorted()
        let entries = ParallelRuns.map(tokens) { token -> Entry in
            var text: [UInt8] = []
            JSONValue.writeString(token, to: &text)
            text.append(UInt8(ascii: ":"))
            postings(index.postings[token] ?? SearchIndex.Postings(), to: &text)
            return (token, text)
        }
        var shards: [(key: String, entries: [Entry])] = []
        plan(entries[...], depth: 2, maxBytes: maxShardBytes, key: SearchTokens.prefix, into: &shards)
        let vocabulary = tokens.filter(isTypoTarget).map { (token: $0, text: Array($0.utf8)) }
        var tails: [(key: String, entries: [Entry])] = []
        plan(vocabulary[...], depth: 2, maxBytes: maxTailBytes, key: SearchTokens.suffix, into: &tails)
        let manifest = JSONValue.object([
            ("version", .int(3)), ("papers", .int(index.paperCount)), ("authors", .int(index.documents.count - index.paperCount)),
            ("chunk", .int(chunk)), ("stopWords", .array(SearchTokens.stopWords.map(JSONValue.string))),
            ("fold", .object(SearchFolding.table.map { (String($0.letter), .string($0.folded)) })),
            ("joiners", .string(String(String.UnicodeScalarView(SearchTokens.joiners)))), ("maxLength", .int(SearchTokens.maxLength)),
            ("shards", .string(keyList(shards.map(\.key)))), ("tails", .string(keyList(tails.map(\.key)))),
            ("buttons", .array(index.shapes.map { shape in
                .array([.string(shape.label), .string(shape.hint), .int(shape.isFind ? 1 : 0), .int(shape.isSiteFile ? 1 : 0),
                        .string(shape.before), .string(shape.fill.rawValue), .string(shape.after)])
            })),
        ])
        try write(script("manifest", manifest.bytes()))
        for shard in shards {
            var json: [UInt8] = [UInt8(ascii: "{")]
            for (number, entry) in shard.entries.enumerated() {
                if number > 0 { json.append(UInt8(ascii: ",")) }
                json += entry.text
            }
            json.append(UInt8(ascii: "}"))
            try write(script(fileName("shard", shard.key), json))
        }
        for tail in tails {
            try write(script(fileName("tail", tail.key), JSONValue.string(tail.entries.map(\.token).joined(separator: " ")).bytes()))
        }
        let documents = index.documents
        try OrderedParallelMap.run(count: (documents.count + chunk - 1) / chunk, make: { number in
            let records = documents[number * chunk..<min((number + 1) * chunk, documents.count)].map { document in
                let buttons = document.buttons.map { button -> JSONValue in
                    let number = JSONValue.int(Int(button.shape))
                    return button.link.map { .array([number, .string($0)]) } ?? number
                }
                return JSONValue.array([.string(document.title), .string(document.slug), .string(document.detail),
                                        document.year.map(JSONValue.int) ?? .null] + (buttons.isEmpty ? [] : [.array(buttons)]))
            }
            return script("docs-\(number)", JSONValue.array(records).bytes())
        }, consume: write)
    }

    /// Whether a tail file lists `token`: long enough to be one typo from a query word of five
    /// letters, and no number (a number with a typo is another number).
    static func isTypoTarget(_ token: String) -> Bool {
        var length = 0
        for scalar in token.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .decimalNumber, .letterNumber, .otherNumber: return false
            default: length += 1
            }
        }
        return length >= tailMinLength
    }

    /// Writes `lists` as a JSON string of `SearchNumbers` (see the type's comment).
    private static func postings(_ lists: SearchIndex.Postings, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        SearchNumbers.append(lists.strong.count, to: &out)
        for list in [lists.strong, lists.weak] {
            var previous: Int32 = 0
            for posting in list {
                SearchNumbers.append(Int(posting.document - previous), to: &out)
                SearchNumbers.append(Int(posting.position), to: &out)
                previous = posting.document
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Groups `entries` (sorted by token) by the `depth` characters `key` takes of each token,
    /// splitting any group over `maxBytes` one character deeper.
    private static func plan(_ entries: ArraySlice<Entry>, depth: Int, maxBytes: Int, key: (String, Int) -> String,
                             into groups: inout [(key: String, entries: [Entry])]) {
        for (groupKey, items) in PageBuilder.grouped(Array(entries), by: { key($0.token, depth) }) {
            let size = items.reduce(0) { $0 + $1.text.count + 1 }
            let longer = items.filter { $0.token.unicodeScalars.count > depth }
            guard size > maxBytes, depth < maxKeyLength, !longer.isEmpty else {
                groups.append((groupKey, items))
                continue
            }
            let short = items.filter { $0.token.unicodeScalars.count <= depth }
            if !short.isEmpty { groups.append((groupKey, short)) }
            plan(longer[...], depth: depth + 1, maxBytes: maxBytes, key: key, into: &groups)
        }
    }

    /// `keys` sorted, in one string: each key as the number of characters (Unicode scalars) it
    /// shares with the key before it, one digit, and the rest; keys separated by spaces
    /// (`["ab", "abc", "ac"]` → `"0ab 2c 1c"`). Keys are letters and digits, never more than
    /// `maxKeyLength` (8), so the digit is always one character.
    static func keyList(_ keys: [String]) -> String {
        var previous: [Unicode.Scalar] = []
        return keys.sorted().map { key in
            let scalars = Array(key.unicodeScalars)
            let shared = zip(previous, scalars).prefix { $0 == $1 }.count
            previous = scalars
            return String(shared) + String(String.UnicodeScalarView(scalars[shared...]))
        }.joined(separator: " ")
    }

    /// The name (no `.js`) of the `kind` file (`shard`, `tail`) with `key`: `shard-<key>` when the
    /// key is ASCII (keys are lower-case letters and digits), else `shard-u-` and its UTF-8 bytes
    /// in hex (a key never holds `-`, so the two never meet): a plain ASCII name on any host.
    static func fileName(_ kind: String, _ key: String) -> String {
        guard key.utf8.contains(where: { $0 >= 0x80 }) else { return kind + "-" + key }
        return kind + "-u-" + key.utf8.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    private static func script(_ name: String, _ json: [UInt8]) -> RenderedFile {
        RenderedFile(path: folder + name + ".js", contents: Array("sitegenSearch(\"\(name)\",".utf8) + json + Array(");\n".utf8))
    }
}
