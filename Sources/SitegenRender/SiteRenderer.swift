import Foundation
import SitegenMarkdown
import SitegenModel
import SitegenSupport
import SitegenTemplates

/// Turns a loaded `Site` into its pages and data files, using the built-in theme's templates and
/// those of a templates folder in their place.
///
/// Layout: each page template extends `layout.mustache` through Mustache template inheritance
/// (`{{<layout}}{{$content}}…{{/content}}{{/layout}}`), overriding the `title`, `description`
/// and `content` blocks; see `Templates/README.md`.
public struct SiteRenderer: Sendable {
    private let templates: TemplateSet

    /// Loads and validates the built-in theme's templates, each `.mustache` file of `templatesDirectory`
    /// (when there is one) taking the place of the built-in template of the same name; throws a
    /// `TemplateError` naming the file when the folder is unreadable, a template does not parse,
    /// or a partial is used but missing.
    public init(templatesDirectory: URL?) throws {
        templates = try ThemeTemplates.load(overlaying: templatesDirectory)
    }

    /// Renders every page and data file of `site`, handing each to `emit` as soon as it is ready,
    /// whole (the big files too), in the order `render(_:to:environment:lastBuild:)` writes them.
    public func render(_ site: Site, emit: (RenderedFile) throws -> Void) throws {
        try withoutActuallyEscaping(emit) { emit in
            try render(site, to: Emitter(emit: emit), environment: "", lastBuild: [:])
        }
    }

    /// Renders every page and data file of `site` into `target`, one file at a time and always in
    /// the same order, on the calling thread; pages are built on every core. Order and bytes depend
    /// only on `site` and the templates.
    ///
    /// A paper, author, category or list page whose inputs (`PageInputs`, which `environment` joins:
    /// whatever else changes output, such as sitegen's version) have the digest `lastBuild` gives
    /// for its path is not built: the render tells `target` once, before building any page, every
    /// page it keeps (`RenderTarget.keep`). Every page built anew is recorded in `target` with its
    /// digest and files, for the next build.
    ///
    /// The site-wide files (API, feeds and sitemap, search) depend on the site alone, never on the
    /// templates: given `siteInputs`, the digest of everything `site` was loaded from
    /// (`InputFingerprint`), each group is recorded like a page (`SiteWideGroup.recordName`) and
    /// kept when the last build made it from the same inputs; nil makes them always.
    ///
    /// Only `shard`'s part of the site is rendered: its pages and the site-wide files it holds.
    public func render(_ site: Site, to target: some RenderTarget, environment: String, siteInputs: ContentDigest? = nil,
                       lastBuild: [String: ContentDigest], shard: Shard = .whole) throws {
        target.begin(.siteIndex)
        let index = SiteIndex(site)
        let jobs = PageJob.all(in: site)
        let config = site.config
        let groups = [(Shard.SiteWideGroup.api, config.writes(.api)), (.siteFiles, true), (.search, config.writes(.search))]
            .filter { $0.1 && shard.holds($0.0) }.map { group, _ in (group, inputs: siteInputs.map(group.inputs)) }
        let kept = Set(groups.filter { $0.inputs != nil && lastBuild[$0.0.recordName] == $0.inputs }.map(\.0))
        target.begin(.pages)
        let held = shard.isWhole ? jobs : jobs.indices.filter(shard.holds(pageAt:)).map { jobs[$0] }
        try renderPages(held, of: site, index: index, to: target, environment: environment, lastBuild: lastBuild,
                        keeping: Set(kept.map(\.recordName)), everyPage: shard.isWhole)
        for (group, inputs) in groups where !kept.contains(group) {
            var paths: [String] = []
            func write(_ file: RenderedFile) throws {
                try target.write(file)
                paths.append(file.path)
            }
            func stream(_ file: StreamedFile) throws {
                try target.write(file)
                paths.append(file.path)
            }
            switch group {
            case .api:
                target.begin(.api)
                try stream(APIExport.papers(index))
                try stream(APIExport.authors(site))
            case .siteFiles:
                target.begin(.feedsAndSitemap)
                let listed = config.writes(.sitemap) ? OrderedParallelMap.map(jobs.filter(\.isListed)) { job in
                    Sitemap.Entry(path: job.path(in: site), lastModified: job.lastModified(index))
                } : []
                try SiteWideFiles.make(index, pages: listed).forEach(write)
            case .search:
                target.begin(.search)
                try SearchFiles.make(SearchIndex(index)).forEach(write)
            case .assets:
                continue
            }
            if let inputs { try target.record(page: group.recordName, inputs: inputs, files: paths) }
        }
    }

    /// The pages and the files beside them (`everyPage`: all the site's, else a shard's). Their shared
    /// texts (`PaperTexts`, a large part of a big site's memory) are released when it returns, before the site-wide files.
    private func renderPages(_ jobs: [PageJob], of site: Site, index: SiteIndex, to target: some RenderTarget, environment: String,
                             lastBuild: [String: ContentDigest], keeping siteWide: Set<String>, everyPage: Bool) throws {
        let inputs = PageInputs(index, templates: templates, environment: environment)
        // With a last build to take pages from, which pages it gives is settled first (each page's
        // digest, and its path when the last build gives it, made once on every core), so that only
        // the papers of the pages still to build get their shared texts made, as for a shard's
        // pages; without one, each page's digest is made with the page.
        let plans = lastBuild.isEmpty ? nil : OrderedParallelMap.map(jobs) { job -> (inputs: ContentDigest?, kept: String?) in
            guard let digest = inputs.digest(of: job) else { return (nil, nil) }
            let page = job.path(in: site)
            return (digest, lastBuild[page] == digest ? page : nil)
        }
        if let plans {
            try target.keep(Set(plans.lazy.compactMap(\.kept)).union(siteWide))
        }
        let toBuild = plans.map { plans in zip(jobs, plans).filter { $1.kept == nil }.map(\.0) } ?? (everyPage ? nil : jobs)
        let pages = PageBuilder(index, textsOf: toBuild.map { toBuild in
            let needed = Set(toBuild.lazy.flatMap { $0.paperTextIDs(in: site) })
            return site.papers.filter { needed.contains($0.id) }
        })
        try OrderedParallelMap.run(count: jobs.count, make: { position -> JobOutput? in
            let job = jobs[position]
            let (digest, kept) = plans?[position] ?? (inputs.digest(of: job), nil)
            return kept == nil ? JobOutput(page: job.path(in: site), inputs: digest, files: build(job, pages)) : nil
        }, consume: { output in
            guard let output else { return }
            var paths: [String] = []
            for file in output.files {
                switch file {
                case .whole(let file): try target.write(file); paths.append(file.path)
                case .streamed(let file): try target.write(file); paths.append(file.path)
                }
            }
            if let digest = output.inputs { try target.record(page: output.page, inputs: digest, files: paths) }
        })
    }

    /// A page and the files beside it.
    private func build(_ job: PageJob, _ pages: PageBuilder) -> [OutputFile] {
        let citation = job.citation(pages)
        let page = job.page(pages, citation: citation)
        return [.whole(RenderedFile(path: page.path, contents: templates.render(page.template.rawValue, page.context)))]
            + job.companions(pages, citation: citation)
    }

    /// What building one page gave.
    private struct JobOutput: Sendable {
        let page: String
        /// The digest of its inputs; nil for pages always built.
        let inputs: ContentDigest?
        let files: [OutputFile]
    }

    /// A target that hands every file, whole, to a function and keeps no records.
    private struct Emitter: RenderTarget {
        let emit: (RenderedFile) throws -> Void

        func write(_ file: RenderedFile) throws { try emit(file) }
        func write(_ file: StreamedFile) throws { try emit(file.joined()) }
        func keep(_ pages: Set<String>) throws {}
        func record(page: String, inputs: ContentDigest, files: [String]) throws {}
    }
}

/// Where `SiteRenderer` puts a site. Called on one thread, in order.
public protocol RenderTarget {
    /// A file, whole.
    func write(_ file: RenderedFile) throws
    /// A file too big to hold whole, in parts.
    func write(_ file: StreamedFile) throws
    /// The pages of `lastBuild` whose inputs are the same, kept with the files the last build made
    /// beside them: told once, before any page is built, and only when there was a last build.
    func keep(_ pages: Set<String>) throws
    /// The page at `page` and the files beside it (`files`, all written by now) were built anew
    /// from inputs with digest `inputs`.
    func record(page: String, inputs: ContentDigest, files: [String]) throws
    /// The render starts `phase` (and ends the one before), for timings.
    func begin(_ phase: RenderPhase)
}

extension RenderTarget {
    public func begin(_ phase: RenderPhase) {}
}

/// The steps of a render, in order, as `sitegen build --verbose` times them.
public enum RenderPhase: String, Sendable, CaseIterable {
    case siteIndex = "site index"
    case pages
    case api = "API"
    case feedsAndSitemap = "feeds and sitemap"
    case search
}
