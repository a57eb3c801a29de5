import ArgumentParser
import Foundation
import SitegenBuild
import SitegenRender

/// `sitegen build`: content + templates → output directory.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site.",
        discussion: """
        Lines that cannot be read are reported as `file:line: warning: …` and skipped; \
        the rest builds. The output directory is replaced only when the whole build succeeds, \
        and only if sitegen created it (or it is empty).

        When nothing under the content and templates folders changed since the last build \
        (same bytes, same options, same sitegen), the build does nothing and says the site is \
        up to date. Otherwise paper, author and category pages whose inputs did not change \
        are taken from the last build, and only files whose bytes change are written: the \
        previous site is kept beside the output (.<output>.spare, sharing the files that are \
        the same) and updated into the next one. --force builds every page and writes every \
        file from scratch (use it if you edited the output by hand); --no-spare keeps no spare.

        robots.txt is written only when the base URL is a host's root (crawlers read it \
        nowhere else); under a subpath (https://example.org/lab/) a note says which line to add \
        to the host's own robots.txt.

        --shard i/N writes part i of N (numbered from 0) of the site, for a build spread over \
        N machines (a CI matrix, a Kubernetes Indexed Job): each part loads the same content and \
        writes every N-th page with the files beside it, and the site-wide files are shared out \
        (assets and static files, data API, feed and sitemap, search: part 0, 1, 2, 3 modulo N). \
        The parts, copied into one \
        folder (cp -a part-*/. Site/), are the site a one-machine build writes, file for file. \
        A part is always written whole and keeps no records for incremental builds.

        On a terminal a progress line shows how far the build is; colours are used on a \
        terminal only, and never when NO_COLOR is set.

        Exit status: 0 on success (even with warnings), 1 when the site could not be built, \
        64 on a usage error (such as a --base-url that is not an absolute http(s) URL).

        Examples:
          sitegen build
          sitegen build --content ~/lab/Content --output /tmp/site
          sitegen build --base-url https://example.org/~me/ --quiet
          sitegen build --force
          sitegen build --shard 2/8 --output part-2
        """
    )

    @OptionGroup var site: SiteOptions

    @Flag(name: .shortAndLong, help: "Print errors only: no warnings, no summary.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print every warning, what the loader decided (see also `sitegen inspect`), how long each step took and the peak memory.")
    var verbose = false

    @Flag(help: "Build even if the site is up to date, writing every file into a new tree.")
    var force = false

    @Flag(name: .customLong("no-spare"), help: "Keep no copy of the previous site beside the output (less disk; rebuilds write more).")
    var noSpare = false

    @Option(help: ArgumentHelp("Write only part i of N of the site (0 ≤ i < N); the N parts copied together are the whole site.",
                               valueName: "i/N"))
    var shard: Shard?

    /// Warnings shown before the rest are summed up (all with --verbose).
    static let shownWarnings = 20

    func run() throws {
        let terminal = Terminal()
        var lastDraw = DispatchTime.now().uptimeNanoseconds
        let progress: (BuildProgress) -> Void = { step in
            guard !quiet else { return }
            let now = DispatchTime.now().uptimeNanoseconds
            switch step {
            case .loading: terminal.progress("Reading \(site.content)…")
            case .writing(let files):
                guard now - lastDraw > 100_000_000 else { return }
                lastDraw = now
                terminal.progress("Writing \(site.output)… \(files) files")
            case .finishing: terminal.progress("Putting the new site in place…")
            }
        }
        do {
            var options = site.buildOptions
            options.force = force
            options.keepsSpare = !noSpare
            options.shard = shard ?? .whole
            let summary = try SiteBuilder(options: options, progress: progress).build()
            terminal.clearProgress()
            guard !quiet else { return }
            report(summary, on: terminal)
        } catch {
            terminal.diagnostic(error.description)
            terminal.error("sitegen: build failed; \(site.output) was left as it was")
            throw ExitCode.failure
        }
    }

    private func report(_ summary: BuildSummary, on terminal: Terminal) {
        let shown = verbose ? summary.diagnostics : Array(summary.diagnostics.prefix(Self.shownWarnings))
        for diagnostic in shown { terminal.diagnostic(diagnostic.description) }
        if shown.count < summary.diagnostics.count {
            terminal.error("… and \(summary.diagnostics.count - shown.count) more warnings (--verbose or `sitegen inspect` lists them all)")
        }
        for note in summary.notes { terminal.error(terminal.styled("note", .bold) + ": " + note) }
        if verbose {
            let report = summary.report
            for merge in report.merges { terminal.error("merged: \(merge.file):\(merge.line) \"\(merge.title)\" → \"\(merge.intoTitle)\"") }
            for folding in report.foldings { terminal.error("folded: \(folding.spellings.keys.sorted().joined(separator: ", ")) → \(folding.canonical)") }
        }
        print(summary.description)
        if verbose && !summary.phases.isEmpty { print("time: \(summary.timings)") }
        if verbose, let peakMemory = summary.peakMemory { print("peak memory: \(peakMemory)") }
    }
}

extension Shard: ExpressibleByArgument {
    /// `--shard 2/8`; anything else is a usage error naming the expected form.
    public init?(argument: String) {
        self.init(argument)
    }
}
