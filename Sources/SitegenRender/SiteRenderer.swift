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
            _ = try render(site, to: Emitter(emit: emit), environment: "", lastBuild: [:])
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
    /// `index` is `SiteIndex(site)` when it was made already (`index(of:caches:)`, or a last render
    /// of the same site); returns the index used. `caches` hold work from one render for the next
    /// (for `sitegen serve`).
    @discardableResult
    public func render(_ site: Site, index: SiteIndex? = nil, to target: some RenderTarget, environment: String,
                       siteInputs: ContentDigest? = nil, lastBuild: [String: ContentDigest], shard: Shard = .whole,
                       caches: RenderCaches? = nil) throws -> SiteIndex {
        target.begin(.siteIndex)
        let index = index ?? Self.index(of: site, caches: caches)
        let jobs = PageJob.all(in: site)
        let config = site.config
        let written: [Shard.SiteWideGroup] = [.api, .siteFiles, .search].filter { group in
            shard.holds(group) && (group != .api || config.writes(.api)) && (group != .search || config.writes(.search))
        }
        let groups = written.map { group in (group: group, inputs: siteInputs.map(group.inputs)) }
        let kept = Set(groups.filter { $0.inputs != nil && lastBuild[$0.group.recordName] == $0.inputs }.map(\.group))
        target.begin(.pages)
        let inputs = PageInputs(index, templates: templates, environment: environment)
        let held = shard.isWhole ? jobs : jobs.indices.filter(shard.holds(pageAt:)).map { jobs[$0] }
        try renderPages(held, of: site, index: index, inputs: inputs, to: target, lastBuild: lastBuild,
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
                try stream(APIExport.papers(index, cache: caches?.apiRecords))
                try stream(APIExport.authors(site))
            case .siteFiles:
                target.begin(.feedsAndSitemap)
                let listed = config.writes(.sitemap) ? OrderedParallelMap.map(jobs.filter(\.isListed)) { job in
                    Sitemap.Entry(path: job.path(in: site), lastModified: job.lastModified(index))
                } : []
                try SiteWideFiles.make(index, pages: listed).forEach(write)
            case .search:
                target.begin(.search)
                try SearchFiles.make(SearchIndex(index, cache: caches?.searchRuns), write: write)
            case .assets:
                continue
            }
            if let inputs { try target.record(page: group.recordName, inputs: inputs, files: paths) }
        }
        return index
    }

    /// The pages and the files beside them (`everyPage`: all the site's, else a shard's), the papers'
    /// last. Their shared texts (`PaperTexts`, a large part of a big site's memory) are released
    /// in two steps: all but the BibTeX entries before the papers' pages, the rest when it returns.
    ///
    /// A page and the files beside it are recorded apart (`companionsRecord`): those files are
    /// made from the content alone, so a template edit builds the pages again and keeps them.
    private func renderPages(_ jobs: [PageJob], of site: Site, index: SiteIndex, inputs: PageInputs, to target: some RenderTarget,
                             lastBuild: [String: ContentDigest], keeping siteWide: Set<String>, everyPage: Bool) throws {
        // With a last build to take pages from, which pages it gives is settled first (each page's
        // digests, and its path when the last build gives it, made once on every core), so that only
        // the papers of the pages still to build get their shared texts made, as for a shard's
        // pages; without one, each page's digests are made with the page.
        let plans = lastBuild.isEmpty ? nil : OrderedParallelMap.map(jobs) { job in
            Plan(job, path: job.path(in: site), digests: inputs.digests(of: job), lastBuild: lastBuild)
        }
        if let plans {
            try target.keep(siteWide.union(plans.lazy.flatMap(\.kept)))
        }
        let toBuild = plans.map { plans in zip(jobs, plans).filter { !$1.keepsAll }.map(\.0) } ?? (everyPage ? nil : jobs)
        var pages = PageBuilder(index, textsOf: toBuild.map { toBuild in
            let needed = Set(toBuild.lazy.flatMap { $0.paperTextIDs(in: site) })
            return site.papers.filter { needed.contains($0.id) }
        })
        // The lists first, with every text they share; then the papers' pages, which share only
        // their BibTeX entries: the lists' texts are freed before the papers' many files add to
        // the output's records (the two together were a big site's peak).
        func render(_ positions: [Int], with pages: PageBuilder) throws {
            try OrderedParallelMap.run(count: positions.count, make: { item -> JobOutput? in
                let job = jobs[positions[item]]
                let plan = plans?[positions[item]] ?? Plan(job, path: job.path(in: site), digests: inputs.digests(of: job), lastBuild: [:])
                return plan.keepsAll ? nil : build(job, pages, plan)
            }, consume: { output in
                if let output { try write(output, to: target) }
            })
        }
        let isPaper = jobs.map { if case .paper = $0 { true } else { false } }
        try render(jobs.indices.filter { !isPaper[$0] }, with: pages)
        pages = pages.keepingBibTeXOnly()
        try render(jobs.indices.filter { isPaper[$0] }, with: pages)
    }

    /// Hands `output`'s page and the files beside it to `target`, with their records.
    private func write(_ output: JobOutput, to target: some RenderTarget) throws {
        if let page = output.page {
            try target.write(page)
            if let digests = output.plan.digests { try target.record(page: output.plan.page, inputs: digests.page, files: [page.path]) }
        }
        if let companions = output.companions {
            var paths: [String] = []
            for file in companions {
                switch file {
                case .whole(let file): try target.write(file); paths.append(file.path)
                case .streamed(let file): try target.write(file); paths.append(file.path)
                }
            }
            if let digests = output.plan.digests {
                try target.record(page: Self.companionsRecord(output.plan.page), inputs: digests.content, files: paths)
            }
        }
    }

    /// What many pages of `site` share (`SiteIndex`), taking from `caches` what the last render
    /// made and still holds: made before the render when the open pages come first (`renderFirst`).
    public static func index(of site: Site, caches: RenderCaches?) -> SiteIndex {
        SiteIndex(site, cache: caches?.index)
    }

    /// Builds the open pages of `first` (on one core: they are few) and hands them over; called
    /// before `render(_:index:…)`, which then writes the same bytes, it needs neither the output
    /// nor the last build's records (`sitegen serve` shows the pages while those are read). Each is
    /// built whether or not it changed: building one page costs less than the digests of every
    /// paper that would tell (`PageInputs`).
    public func renderFirst(_ first: FirstPages, index: SiteIndex) {
        let site = index.site
        let open = PageJob.all(in: site).filter { first.paths.contains($0.path(in: site)) }
        let needed = Set(open.lazy.flatMap { $0.paperTextIDs(in: site) })
        let pages = PageBuilder(index, textsOf: site.papers.filter { needed.contains($0.id) })
        first.deliver(open.map { page($0, pages, citation: $0.citation(pages)) })
    }

    /// The page `job` names, built and rendered.
    private func page(_ job: PageJob, _ pages: PageBuilder, citation: Citation?) -> RenderedFile {
        let page = job.page(pages, citation: citation)
        return RenderedFile(path: page.path, contents: templates.render(page.template.rawValue, page.context))
    }

    /// The name the files beside the page at `page` are recorded under: the pages recorded have
    /// paths made of slugs, none holding `#`.
    static func companionsRecord(_ page: String) -> String {
        page + "#companions"
    }

    /// What to do with one page and the files beside it.
    private struct Plan: Sendable {
        let job: PageJob
        let page: String
        /// Nil for pages always built.
        let digests: PageInputs.Digests?
        let keepsPage: Bool
        /// True too for a page that never has files beside it.
        let keepsCompanions: Bool

        init(_ job: PageJob, path page: String, digests: PageInputs.Digests?, lastBuild: [String: ContentDigest]) {
            self.job = job
            self.page = page
            self.digests = digests
            keepsPage = digests != nil && lastBuild[page] == digests?.page
            keepsCompanions = !job.hasCompanions || digests != nil && lastBuild[SiteRenderer.companionsRecord(page)] == digests?.content
        }

        var keepsAll: Bool { keepsPage && keepsCompanions }

        /// The records the last build gives that this build keeps.
        var kept: [String] {
            (keepsPage ? [page] : []) + (keepsCompanions && job.hasCompanions ? [SiteRenderer.companionsRecord(page)] : [])
        }
    }

    /// The page and the files beside it, those `plan` does not keep.
    private func build(_ job: PageJob, _ pages: PageBuilder, _ plan: Plan) -> JobOutput {
        let citation = job.citation(pages)
        return JobOutput(plan: plan, page: plan.keepsPage ? nil : page(job, pages, citation: citation),
                         companions: plan.keepsCompanions ? nil : job.companions(pages, citation: citation))
    }

    /// What building one page gave: the page and the files beside it, each nil when kept.
    private struct JobOutput: Sendable {
        let plan: Plan
        let page: RenderedFile?
        let companions: [OutputFile]?
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
