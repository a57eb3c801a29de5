import SitegenModel

/// The JSON data files: `api/papers.json` (`{"papers": […]}`) and `api/authors.json`
/// (`{"authors": […]}`), indented, keys in alphabetical order, so the bytes only change when the
/// data does. Records are serialized on every core and appended in the model's order as they come,
/// so only the file itself is held in memory, not a second copy in pieces.
///
/// `<`, `>` and `&` are written as `\u003c`, `\u003e`, `\u0026` (`JSONValue`): the same JSON to a
/// parser, but a hostile title cannot turn into markup if the file is ever sniffed as HTML.
enum APIExport {
    static func papers(_ site: Site) -> RenderedFile {
        document(SitePath.papersAPI, key: "papers", site.papers) { APIRecords.paper($0, url: url(SitePath.paper($0.id), site)) }
    }

    static func authors(_ site: Site) -> RenderedFile {
        document(SitePath.authorsAPI, key: "authors", site.authors) { APIRecords.author($0, url: url(SitePath.author($0.id), site)) }
    }

    /// `{"key": [record, …]}` at `path`, each record indented two levels deep.
    private static func document<Item: Sendable>(_ path: String, key: String, _ items: [Item],
                                                 record: @escaping @Sendable (Item) -> JSONValue) -> RenderedFile {
        var bytes: [UInt8] = []
        bytes += "{\n  ".utf8
        JSONValue.writeString(key, to: &bytes)
        bytes += ": [".utf8
        var separator = "\n    "
        OrderedParallelMap.run(count: items.count, make: { record(items[$0]).bytes(pretty: true, depth: 2) }, consume: { recordBytes in
            bytes += separator.utf8
            bytes += recordBytes
            separator = ",\n    "
        })
        bytes += (items.isEmpty ? "]\n}\n" : "\n  ]\n}\n").utf8
        return RenderedFile(path: path, contents: bytes)
    }

    /// The page's folder (`papers/x/`), under `baseURL` when the site has one.
    private static func url(_ pagePath: String, _ site: Site) -> String {
        SitePath.absolute(SitePath.directory(of: pagePath), baseURL: site.config.baseURL)
    }
}
