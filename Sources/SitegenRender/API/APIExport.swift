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

    static func papers(_ index: SiteIndex) -> StreamedFile {
        let site = index.site
        return document(SitePath.papersAPI, key: "papers", site.papers) { paper in
            APIRecords.paper(paper, listing: index.listing(of: paper), bibTeXKey: index.bibTeXKeys[paper.id] ?? BibTeXKeys.baseKey(paper),
                             authorIDs: { index.authorsByName[$0]?.id }, url: url(SitePath.paper(paper.id), site))
        }
    }

    static func authors(_ site: Site) -> StreamedFile {
        document(SitePath.authorsAPI, key: "authors", site.authors) { APIRecords.author($0, url: url(SitePath.author($0.id), site)) }
    }

    /// `{"key": [record, …]}` at `path`, each record indented two levels deep.
    private static func document<Item: Sendable>(_ path: String, key: String, _ items: [Item],
                                                 record: @escaping @Sendable (Item) -> JSONValue) -> StreamedFile {
        StreamedFile(path: path) { append in
            var part: [UInt8] = []
            part += "{\n  \"version\": \(version),\n  ".utf8
            JSONValue.writeString(key, to: &part)
            part += ": [".utf8
            var separator = "\n    "
            try OrderedParallelMap.run(count: items.count, make: { record(items[$0]).bytes(pretty: true, depth: 2) }, consume: { recordBytes in
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
        }
    }

    /// The page's folder (`papers/x/`), under `baseURL` when the site has one.
    private static func url(_ pagePath: String, _ site: Site) -> String {
        SitePath.absolute(SitePath.directory(of: pagePath), baseURL: site.config.baseURL)
    }
}
