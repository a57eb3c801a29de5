import SitegenModel
import SitegenSupport

/// The JSON data files: `api/papers.json` (`{"version": 2, "papers": […]}`) and `api/authors.json`
/// (`{"version": 2, "authors": […]}`), described in `docs/api.md` with a JSON Schema each; indented, keys in alphabetical order, so the bytes only change when the
/// data does. Records are serialized on every core and handed on in the model's order, about a
/// megabyte at a time, so the file, hundreds of megabytes for a big site, is never in memory as a whole.
///
/// `<`, `>` and `&` are written as `\u003c`, `\u003e`, `\u0026` (`JSONValue`): the same JSON to a
/// parser, but a hostile title cannot turn into markup if the file is ever sniffed as HTML.
enum APIExport {
    /// How many bytes are gathered before they are handed on.
    static let partSize = 1 << 20

    /// The version of the files' format: raised whenever a field changes meaning or is removed.
    static let version = 2

    /// `api/papers.json`; with `cache`, the records of papers made from the same arguments as in the
    /// last render are taken from it, and it is left holding this render's.
    static func papers(_ index: SiteIndex, cache: APIRecordCache? = nil) -> StreamedFile {
        let site = index.site
        let authorIDs = { @Sendable (name: String) in index.authorsByName[name]?.id }
        let kept = cache?.render()
        return document(SitePath.papersAPI, key: "papers", site.papers, finished: { kept?.finish() }) { paper in
            let bibTeXKey = index.bibTeXKeys[paper.id] ?? BibTeXKeys.baseKey(paper)
            let url = url(SitePath.paper(paper.id), site)
            func made() -> [UInt8] {
                APIRecords.paper(paper, listing: index.listing(of: paper), bibTeXKey: bibTeXKey, authorIDs: authorIDs, url: url)
                    .bytes(pretty: true, depth: recordDepth)
            }
            guard let kept else { return made() }
            let ids = (paper.printedAuthors + paper.knownAuthors).map(authorIDs)
            if let record = kept.last[paper.id], record.isMade(from: paper, bibTeXKey: bibTeXKey, authorIDs: ids, url: url) {
                kept.add(record)
                return record.bytes
            }
            let bytes = made()
            kept.add(APIRecordCache.Record(paper: paper, bibTeXKey: bibTeXKey, authorIDs: ids, url: url, bytes: bytes))
            return bytes
        }
    }

    static func authors(_ site: Site) -> StreamedFile {
        document(SitePath.authorsAPI, key: "authors", site.authors) {
            APIRecords.author($0, url: url(SitePath.author($0.id), site)).bytes(pretty: true, depth: recordDepth)
        }
    }

    /// How deep records are indented: inside the document's object and its list.
    private static let recordDepth = 2

    /// `{"key": [record, …]}` at `path`, each record's bytes (indented `recordDepth` levels deep)
    /// made by `record`; `finished` is told when the file is complete.
    private static func document<Item: Sendable>(_ path: String, key: String, _ items: [Item], finished: @escaping @Sendable () -> Void = {},
                                                 record: @escaping @Sendable (Item) -> [UInt8]) -> StreamedFile {
        StreamedFile(path: path) { append in
            var part: [UInt8] = []
            part += "{\n  \"version\": \(version),\n  ".utf8
            JSONValue.writeString(key, to: &part)
            part += ": [".utf8
            var separator = "\n    "
            try OrderedParallelMap.run(count: items.count, make: { record(items[$0]) }, consume: { recordBytes in
                part += separator.utf8
                part += recordBytes
                separator = ",\n    "
                if part.count >= partSize {
                    try append(part)
                    part.removeAll(keepingCapacity: true)
                }
            })
            part += (items.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8
            try append(part)
            finished()
        }
    }

    /// The page's folder (`papers/x/`), under `baseURL` when the site has one.
    private static func url(_ pagePath: String, _ site: Site) -> String {
        SitePath.absolute(SitePath.directory(of: pagePath), baseURL: site.config.baseURL)
    }
}
