import Foundation
import SitegenMarkdown
import SitegenModel

/// Turns a loaded `Site` into its pages and data files, using the templates of one folder.
///
/// Layout: each page template extends `layout.mustache` through Mustache template inheritance
/// (`{{<layout}}{{$content}}…{{/content}}{{/layout}}`), overriding the `title`, `description`
/// and `content` blocks; see `Templates/README.md`.
public struct SiteRenderer: Sendable {
    private let templates: TemplateSet

    /// Loads and validates every template in `templatesDirectory`; throws a `TemplateError` naming the
    /// file when the folder is unreadable, a page template is missing, a template does not parse,
    /// or a partial is used but missing.
    public init(templatesDirectory: URL) throws {
        templates = try TemplateSet(directory: templatesDirectory)
    }

    /// Renders every page and data file of `site`, handing each to `emit` as soon as it is ready,
    /// whole (the big files of `render(_:emit:stream:)` too).
    public func render(_ site: Site, emit: (RenderedFile) throws -> Void) throws {
        try render(site, emit: emit, stream: { try emit($0.joined()) })
    }

    /// Renders every page and data file of `site`, handing each to `emit` as soon as it is ready,
    /// except the files too big to hold whole, which go to `stream`. Pages are built on every
    /// core, but `emit` and `stream` are called on the calling thread, one file at a time, always
    /// in the same order; order and bytes depend only on `site` and the templates.
    public func render(_ site: Site, emit: (RenderedFile) throws -> Void, stream: (StreamedFile) throws -> Void) throws {
        let pages = PageContext(site)
        let jobs = PageJob.all(in: site)
        try OrderedParallelMap.run(count: jobs.count, make: { position in
            let page = jobs[position].page(pages)
            return [.whole(RenderedFile(path: page.path, contents: templates.render(page.template, page.context)))]
                + jobs[position].companions(pages)
        }, consume: { files in
            for file in files {
                switch file {
                case .whole(let file): try emit(file)
                case .streamed(let file): try stream(file)
                }
            }
        })
        try stream(APIExport.papers(site))
        try stream(APIExport.authors(site))
        let listed = jobs.filter(\.isListed).map { $0.path(in: site) }
        try SiteWideFiles.make(pages.index, pages: listed).forEach(emit)
        try SearchFiles.make(SearchIndex(site)).forEach(emit)
    }
}
