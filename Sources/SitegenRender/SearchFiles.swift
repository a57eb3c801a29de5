/// The search index as static files under `search/`, loaded by `assets/search.js` with `<script>`
/// elements (so search works from `file://` too, where `fetch` is refused). Each file is one call,
/// `sitegenSearch("<name>", <JSON>);`:
///
/// - `manifest.js`: `{version, papers, authors, chunk, stopWords, shards, shardFiles}`; `shards`
///   lists the shard keys, sorted, and `shardFiles` the name of each one's file (`fileName(ofShard:)`).
/// - `shard-<key>.js`: `{token: [strong, weak]}` for every token whose longest matching key is this
///   shard's; both lists are document numbers as gaps (`[5, 2, 10]` means 5, 7, 17). Files are
///   named by key, not by position, so a shard added or split renames no other: a rebuild writes
///   only the shards whose tokens changed.
/// - `docs-n.js`: documents `n × chunk` up to the next chunk, each `[title, slug, detail, year]`.
///
/// Shards are keyed by a token's first two characters; a shard bigger than `maxShardBytes` is split
/// by three characters, then four, … (tokens no longer than the key stay in the shorter key's shard).
/// A first query so loads the manifest, one shard per word and the document chunks of the results shown.
enum SearchFiles {
    static let folder = "search/"
    static let chunk = 20
    static let maxShardBytes = 32_000
    static let maxKeyLength = 8

    static func make(_ index: SearchIndex, maxShardBytes: Int = maxShardBytes) -> [RenderedFile] {
        let entries = index.postings.keys.sorted().map { token -> (token: String, json: String) in
            let lists = index.postings[token] ?? SearchIndex.Postings()
            var json: [UInt8] = []
            JSONValue.writeString(token, to: &json)
            return (token, String(decoding: json, as: UTF8.self) + ":[" + gaps(lists.strong) + "," + gaps(lists.weak) + "]")
        }
        var shards: [(key: String, entries: [(token: String, json: String)])] = []
        plan(entries[...], depth: 2, maxBytes: maxShardBytes, into: &shards)
        shards.sort { $0.key < $1.key }
        let manifest = JSONValue.object([
            ("version", .int(2)), ("papers", .int(index.paperCount)), ("authors", .int(index.documents.count - index.paperCount)),
            ("chunk", .int(chunk)), ("stopWords", .array(SearchTokens.stopWords.map(JSONValue.string))),
            ("shards", .array(shards.map { .string($0.key) })),
            ("shardFiles", .array(shards.map { .string(fileName(ofShard: $0.key)) })),
        ])
        var files = [script("manifest", manifest.text())]
        for shard in shards {
            files.append(script(fileName(ofShard: shard.key), "{" + shard.entries.map(\.json).joined(separator: ",") + "}"))
        }
        for start in stride(from: 0, to: index.documents.count, by: chunk) {
            let records = index.documents[start..<min(start + chunk, index.documents.count)].map { document in
                JSONValue.array([.string(document.title), .string(document.slug), .string(document.detail),
                                 document.year.map(JSONValue.int) ?? .null])
            }
            files.append(script("docs-\(start / chunk)", JSONValue.array(records).text()))
        }
        return files
    }

    /// Groups `entries` (sorted by token) into shards by their first `depth` characters, splitting
    /// any shard over `maxBytes` one character deeper.
    private static func plan(_ entries: ArraySlice<(token: String, json: String)>, depth: Int, maxBytes: Int,
                             into shards: inout [(key: String, entries: [(token: String, json: String)])]) {
        let groups = PageContext.grouped(Array(entries), by: { SearchTokens.prefix($0.token, depth) })
        for (key, items) in groups {
            let size = items.reduce(0) { $0 + $1.json.utf8.count + 1 }
            let longer = items.filter { $0.token.unicodeScalars.count > depth }
            guard size > maxBytes, depth < maxKeyLength, !longer.isEmpty else {
                shards.append((key, items))
                continue
            }
            let short = items.filter { $0.token.unicodeScalars.count <= depth }
            if !short.isEmpty { shards.append((key, short)) }
            plan(longer[...], depth: depth + 1, maxBytes: maxBytes, into: &shards)
        }
    }

    /// The name (no `.js`) of the file of the shard with `key`: `shard-<key>` when the key is ASCII
    /// (keys are lower-case letters and digits), else `shard-u-` and its UTF-8 bytes in hex (a
    /// key never holds `-`, so the two never meet): a plain ASCII name on any host.
    static func fileName(ofShard key: String) -> String {
        guard key.utf8.contains(where: { $0 >= 0x80 }) else { return "shard-" + key }
        return "shard-u-" + key.utf8.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// `[5,7,17]` → `[5,2,10]`: small numbers, a smaller file.
    private static func gaps(_ numbers: [Int32]) -> String {
        var previous: Int32 = 0
        return "[" + numbers.map { number in
            defer { previous = number }
            return String(number - previous)
        }.joined(separator: ",") + "]"
    }

    private static func script(_ name: String, _ json: String) -> RenderedFile {
        RenderedFile(path: folder + name + ".js", text: "sitegenSearch(\"\(name)\"," + json + ");\n")
    }
}
