import Foundation
import SitegenModel

/// The JSON data files: `api/papers.json` (`{"papers": […]}`) and `api/authors.json`
/// (`{"authors": […]}`), pretty-printed with sorted keys so the bytes only change when the data does.
///
/// `<`, `>` and `&` are written as `\u003c`, `\u003e`, `\u0026` (as Go's encoder does): the same
/// JSON to a parser, but a hostile title cannot turn into markup if the file is ever sniffed as HTML.
enum APIExport {
    static func papers(_ site: Site) throws -> RenderedFile {
        let records = site.papers.map { PaperRecord(paper: $0, url: url(SitePath.paper($0.id), site)) }
        return RenderedFile(path: SitePath.papersAPI, contents: try encode(["papers": records]))
    }

    static func authors(_ site: Site) throws -> RenderedFile {
        let records = site.authors.map { AuthorRecord(author: $0, url: url(SitePath.author($0.id), site)) }
        return RenderedFile(path: SitePath.authorsAPI, contents: try encode(["authors": records]))
    }

    /// The page's folder (`papers/x/`), under `baseURL` when the site has one.
    private static func url(_ pagePath: String, _ site: Site) -> String {
        SitePath.absolute(SitePath.directory(of: pagePath), baseURL: site.config.baseURL)
    }

    private static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var bytes = JSONValue.markupSafe(try encoder.encode(value))
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }
}
