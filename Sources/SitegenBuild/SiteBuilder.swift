import Foundation
import SitegenLoad
import SitegenModel
import SitegenOutput
import SitegenRender
import SitegenSupport
import SitegenTemplates
import SitegenTheme

/// The build: load `Content/`, render with the built-in theme and `Templates/`, write into a staging tree, swap it in;
/// or nothing at all when the output was built from the same inputs (`InputFingerprint`).
public struct SiteBuilder {
    public let options: BuildOptions
    /// Told where the build is; nil for silence.
    public let progress: ((BuildProgress) -> Void)?
    /// Folder of `Content/` whose files are copied as they are into the output root.
    public static let staticFolder = "static"

    public init(options: BuildOptions, progress: ((BuildProgress) -> Void)? = nil) {
        self.options = options
        self.progress = progress
    }

    /// Builds the site. On any error the previous output is left untouched; while it runs, the
    /// output is locked against other builds (`OutputError.busy`, as `BuildError.output`).
    public func build() throws(BuildError) -> BuildSummary {
        try build(keeping: nil)
    }

    /// `build()` in a long-lived process (`sitegen serve`): the site `loaded` keeps from the last
    /// build, indexed, is used in place of loading and indexing the content when it was loaded from
    /// the same inputs (only the templates changed); the site this build used is kept there for the next.
    /// The pages `first` names (those a browser has open) are handed to it before any other is built.
    public func build(keeping loaded: LoadedSite?, first: FirstPages? = nil) throws(BuildError) -> BuildSummary {
        let start = DispatchTime.now()
        let clock = PhaseClock()
        clock.begin("inputs")
        let inputFolders = [(options.contentDirectory, "content")] + (options.templatesDirectory.map { [($0, "templates")] } ?? [])
        try Self.storing { () throws(OutputError) in try OutputGuard.check(output: options.outputDirectory, inputs: inputFolders) }
        let lock = try Self.storing { () throws(OutputError) in try BuildLock(output: options.outputDirectory) }
        defer { lock.release() }
        // First, even when up to date: what a killed build left is removed, or put back in place.
        do {
            try LeftoverTrees(output: options.outputDirectory, fileManager: .default).clean()
        } catch {
            throw .io(path: options.outputDirectory.path, reason: "cannot clean up after an earlier build: \(SystemReason.describing(error))")
        }
        var inputDigests = InputDigestCache(output: options.outputDirectory)
        let (inputs, siteInputs) = InputFingerprint.digest(of: options, cache: &inputDigests)
        inputDigests.save()
        // A shard's part is always written whole into a new tree, and keeps no records (`StagedOutput.commit`).
        let fresh = options.force || !options.shard.isWhole
        if !fresh, let files = upToDateFiles(inputs: inputs) {
            if !options.keepsSpare { SpareTree(output: options.outputDirectory, fileManager: .default).discard() }
            return .upToDate(files: files, seconds: Self.seconds(since: start))
        }
        // Templates first: a broken one fails the build at once, not after every page was read.
        let renderer: SiteRenderer
        do {
            renderer = try SiteRenderer(templatesDirectory: options.templatesDirectory)
        } catch TemplateError.unreadableDirectory(let path, let foundationWords) {
            // The template loader has Foundation's words ("The operation could not be completed"); ask the system.
            var reason = foundationWords
            do { _ = try FolderEntries.list(path) } catch { reason = error.description }
            throw .templates(.unreadableDirectory(path: path, reason: reason))
        } catch let error as TemplateError {
            throw .templates(error)
        } catch {
            throw .io(path: options.templatesDirectory?.path ?? "(built-in theme)", reason: SystemReason.describing(error))
        }
        progress?(.loading)
        clock.begin("load")
        // The staging tree is prepared while the content loads: reading the last build's
        // manifest and page records is long and single-threaded, and the load leaves a core idle at times.
        let loader = SiteLoader(contentDirectory: options.contentDirectory, displayRoot: Self.displayPath(options.contentDirectory),
                                baseURL: options.baseURL, cache: loaded?.pages, merged: loaded?.merged)
        // The open pages (`first`) need only the site and its index: they are built and handed
        // over with the load (so, in the step timings, the load holds the index and them), before
        // the staging tree is prepared, which would otherwise take one of the few cores from them.
        let reused = loaded?.take(loadedFrom: siteInputs)
        let load = { @Sendable in Result { () throws(LoadError) -> (Site, SiteIndex?) in
            let site: Site
            if let reused { site = reused.site } else { site = try loader.load() }
            guard let first else { return (site, reused) }
            let index = reused ?? SiteRenderer.index(of: site, caches: loaded?.render)
            renderer.renderFirst(first, index: index)
            return (site, index)
        } }
        let shown = first == nil ? nil : load()
        let (staged, loading) = try Concurrently.both({ () throws(BuildError) in
            try Self.storing { () throws(OutputError) in try StagedOutput(output: options.outputDirectory, reusingSpare: !fresh, kept: loaded?.trees) }
        }, { shown ?? load() })
        var site: Site
        let indexed: SiteIndex?
        switch loading {
        case .success(let (loadedSite, loadedIndex)):
            (site, indexed) = (loadedSite, loadedIndex)
        case .failure(let error):
            staged.abandon()
            throw .content(error.diagnostic)
        }
        // Kept only when no input changed while it loaded: a file edited and put back before the
        // next build would otherwise give that build this site for content it was not loaded from.
        let keepsSite = loaded != nil && (reused != nil || InputFingerprint.digest(of: options, cache: &inputDigests).site == siteInputs)
        var (pages, pagesKept) = (0, 0)
        do {
            let target = BuildTarget(staged: staged, progress: progress, clock: clock)
            do {
                // The index is let go of at the end of this block unless kept: the rest of the build does not need it.
                let index = try renderer.render(site, index: indexed, to: target, environment: InputFingerprint.environment(of: options),
                                                siteInputs: siteInputs, lastBuild: staged.lastBuild, shard: options.shard,
                                                caches: loaded?.render)
                if keepsSite { loaded?.keep(index, loadedFrom: siteInputs) }
            }
            (pages, pagesKept) = (target.pages, target.pagesKept)
            progress?(.finishing)
            clock.begin("finish")
            if options.shard.holds(.assets) {
                site.diagnostics += try copyAssets(to: staged)
                site.diagnostics += try FolderCopy.copy(options.contentDirectory.appendingPathComponent(Self.staticFolder), into: staged, at: "",
                                                        display: "\(Self.displayPath(options.contentDirectory))/\(Self.staticFolder)")
            }
            try staged.commit(inputs: options.shard.isWhole ? inputs : nil, keepingSpare: options.keepsSpare && !fresh)
        } catch let error as OutputError {
            staged.discard()
            throw .output(error)
        } catch let error as BuildError {
            staged.discard()
            throw error
        } catch {
            staged.discard()
            throw .io(path: staged.staging.path, reason: SystemReason.describing(error))
        }
        let phases = clock.finish()
        return BuildSummary(profiles: site.profiles.count, papers: site.papers.count, authors: site.authors.count,
                            categories: site.categories.count, pages: pages, pagesKept: pagesKept, filesWritten: staged.written,
                            filesUnchanged: staged.unchanged + staged.linked, filesLinked: staged.linked, mergedEntries: site.mergedEntries, report: site.report,
                            diagnostics: site.diagnostics, notes: RobotsFile.hostNote(site.config).map { [$0] } ?? [],
                            seconds: Self.seconds(since: start), phases: phases, shard: options.shard)
    }

    /// The number of files of the output when it is sitegen's and was built from `inputs`; nil
    /// when it must be built.
    /// `body`, its output-store error as the build's.
    private static func storing<Result>(_ body: () throws(OutputError) -> Result) throws(BuildError) -> Result {
        do {
            return try body()
        } catch {
            throw .output(error)
        }
    }

    private func upToDateFiles(inputs: ContentDigest) -> Int? {
        let output = options.outputDirectory
        guard FileManager.default.fileExists(atPath: output.appendingPathComponent(OutputGuard.ownershipMarker).path),
              let header = OutputManifest.header(ofTreeAt: output), header.inputs == inputs else { return nil }
        return header.count
    }

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// A path relative to the current directory when it lies below it, as users typed it.
    static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }

    /// The theme's `assets/` into the output: those of the templates folder, then every built-in
    /// asset the folder has no entry for (a folder may restyle one file and keep the rest).
    private func copyAssets(to staged: StagedOutput) throws(OutputError) -> [Diagnostic] {
        let prefix = BuiltInTheme.assetsFolder + "/"
        var diagnostics: [Diagnostic] = []
        var folderAssets: URL?
        if let templates = options.templatesDirectory {
            let assets = templates.appendingPathComponent(BuiltInTheme.assetsFolder)
            diagnostics = try FolderCopy.copy(assets, into: staged, at: prefix,
                                              display: "\(Self.displayPath(templates))/\(BuiltInTheme.assetsFolder)")
            folderAssets = assets
        }
        for asset in BuiltInTheme.assets {
            // lstat, not stat: a link the copy refused still stands for the file it names.
            var info = stat()
            if let folderAssets, lstat(folderAssets.path + "/" + asset.path, &info) == 0 { continue }
            try staged.write(asset.bytes, to: prefix + asset.path)
        }
        return diagnostics
    }
}
