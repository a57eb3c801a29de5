import SitegenOutput
import SitegenRender
import SitegenSupport

/// The render's files going into the staging tree, counted for the progress line and the summary;
/// its steps timed.
final class BuildTarget: RenderTarget {
    private let staged: StagedOutput
    private let progress: ((BuildProgress) -> Void)?
    private let clock: PhaseClock
    /// Files written or kept so far, how many of them are HTML pages, and how many of those were kept.
    private(set) var files = 0
    private(set) var pages = 0
    private(set) var pagesKept = 0

    init(staged: StagedOutput, progress: ((BuildProgress) -> Void)?, clock: PhaseClock) {
        self.staged = staged
        self.progress = progress
        self.clock = clock
    }

    func write(_ file: RenderedFile) throws {
        try staged.write(file.contents, digest: file.digest, to: file.path)
        count(file.path)
    }

    func write(_ file: StreamedFile) throws {
        try staged.write(partsTo: file.path, file.write)
        count(file.path)
    }

    func keep(_ pages: Set<String>) throws {
        let paths = try staged.keep(pages)
        paths.forEach(count)
        pagesKept += paths.filter { $0.hasSuffix(".html") }.count
    }

    func record(page: String, inputs: ContentDigest, files: [String]) throws {
        staged.record(page: page, inputs: inputs, files: files)
    }

    func begin(_ phase: RenderPhase) {
        clock.begin(phase.rawValue)
    }

    private func count(_ path: String) {
        files += 1
        if path.hasSuffix(".html") { pages += 1 }
        progress?(.writing(files: files))
    }
}
