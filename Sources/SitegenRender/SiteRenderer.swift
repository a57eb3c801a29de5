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
    /// whole (the big files too), in the order `render(_:to:environment:reuse:)` writes them.
    public func render(_ site: Site, emit: (RenderedFile) throws -> Void) throws {
        try withoutActuallyEscaping(emit) { emit in
            try render(site, to: Emitter(emit: emit), environment: "", reuse: nil)
        }
    }

    /// Renders every page and data file of `site` into `target`, one file at a time and always in
    /// the same order, on the calling thread; pages are built on every core. Order and bytes depend
    /// only on `site` and the templates.
    ///
    /// A paper, author or category page whose inputs (`PageInputs`, which `environment` joins:
    /// whatever else changes output, such as sitegen's version) have a digest `reuse` knows is
    /// not built: `reuse` names its files from the last build and they are kept. Every such page,
    /// built or kept, is recorded in `target` with its digest and files, for the next build.
    public func render(_ site: Site, to target: some RenderTarget, environment: String,
                       reuse: (@Sendable (_ page: String, _ inputs: ContentDigest) -> [String]?)?) throws {
        let index = SiteIndex(site)
        let inputs = PageInputs(index, templates: templates, environment: environment)
        let jobs = PageJob.all(in: site)
        // Which pages the last build can give is settled first, so that only the papers of the
        // pages still to build get their shared texts made.
        let plans = OrderedParallelMap.map(jobs) { job -> (inputs: ContentDigest?, kept: [String]?) in
            let digest = inputs.digest(of: job)
            return (digest, digest.flatMap { digest in reuse?(job.path(in: site), digest) })
        }
        let needed = Set(zip(jobs, plans).lazy.filter { $1.kept == nil }.flatMap { $0.0.paperTextIDs(in: site) })
        let pages = PageContext(index, textsOf: reuse == nil ? nil : site.papers.filter { needed.contains($0.id) })
        try OrderedParallelMap.run(count: jobs.count, make: { position -> JobOutput in
            let job = jobs[position]
            let (digest, kept) = plans[position]
            if let digest, let kept {
                return JobOutput(page: job.path(in: site), inputs: digest, files: [], kept: kept)
            }
            let page = job.page(pages)
            let files = [.whole(RenderedFile(path: page.path, contents: templates.render(page.template, page.context)))]
                + job.companions(pages)
            return JobOutput(page: page.path, inputs: digest, files: files, kept: [])
        }, consume: { output in
            var paths = output.kept
            if !output.kept.isEmpty { try target.keep(output.kept) }
            for file in output.files {
                switch file {
                case .whole(let file): try target.write(file); paths.append(file.path)
                case .streamed(let file): try target.write(file); paths.append(file.path)
                }
            }
            if let digest = output.inputs { try target.record(page: output.page, inputs: digest, files: paths) }
        })
        try target.write(APIExport.papers(site))
        try target.write(APIExport.authors(site))
        let listed = jobs.filter(\.isListed).map { $0.path(in: site) }
        try SiteWideFiles.make(pages.index, pages: listed).forEach(target.write)
        try SearchFiles.make(SearchIndex(site)).forEach(target.write)
    }

    /// What building (or keeping) one page gave.
    private struct JobOutput: Sendable {
        let page: String
        /// The digest of its inputs; nil for pages always built.
        let inputs: ContentDigest?
        let files: [OutputFile]
        /// Files kept from the last build instead.
        let kept: [String]
    }

    /// A target that hands every file, whole, to a function and keeps no records.
    private struct Emitter: RenderTarget {
        let emit: (RenderedFile) throws -> Void

        func write(_ file: RenderedFile) throws { try emit(file) }
        func write(_ file: StreamedFile) throws { try emit(file.joined()) }
        func keep(_ files: [String]) throws {}
        func record(page: String, inputs: ContentDigest, files: [String]) throws {}
    }
}

/// Where `SiteRenderer` puts a site. Called on one thread, in order.
public protocol RenderTarget {
    /// A file, whole.
    func write(_ file: RenderedFile) throws
    /// A file too big to hold whole, in parts.
    func write(_ file: StreamedFile) throws
    /// Files of the last build that stay as they are in the new site (a page and the files beside it).
    func keep(_ files: [String]) throws
    /// The page at `page` and the files beside it (`files`, all written or kept by now) were made
    /// from inputs with digest `inputs`.
    func record(page: String, inputs: ContentDigest, files: [String]) throws
}
