import SitegenModel
import SitegenRender

/// What a build did, for the line it prints at the end.
public struct BuildSummary: Sendable {
    public var profiles: Int
    public var papers: Int
    public var authors: Int
    public var categories: Int
    public var pages: Int
    /// Pages (with the files beside them) taken from the last build because nothing they are made
    /// from changed (`PageInputs`), rather than built again.
    public var pagesKept = 0
    /// Files of the site whose bytes this build wrote (new or changed).
    public var filesWritten: Int
    /// Files of the site left as they were: the spare, or the up-to-date output, held them already
    /// (kept pages' files linked from the last build included).
    public var filesUnchanged: Int
    /// Of those, files of kept pages linked from the last build (the spare held others, or there was none).
    public var filesLinked = 0
    public var mergedEntries: Int
    /// What the loader decided: retitled merges, names folded, conflicts.
    public var report: LoadReport
    public var diagnostics: [Diagnostic]
    /// What the site's owner should know that is no problem of the input (`RobotsFile.hostNote`),
    /// said once per build.
    public var notes: [String] = []
    public var seconds: Double
    /// How long each step took, in order (none when up to date).
    public var phases: [BuildPhase] = []
    /// The output was built from the same inputs already: nothing was loaded, rendered or written.
    public var upToDate = false
    /// The part of the site written (`--shard`).
    public var shard = Shard.whole

    /// The summary of a build that found the output up to date with its `files`.
    static func upToDate(files: Int, seconds: Double) -> BuildSummary {
        BuildSummary(profiles: 0, papers: 0, authors: 0, categories: 0, pages: 0, filesWritten: 0, filesUnchanged: files,
                     mergedEntries: 0, report: LoadReport(), diagnostics: [], seconds: seconds, upToDate: true)
    }

    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// `load 1.37 s · site index 0.18 s · pages 2.45 s · …`: where the time went.
    public var timings: String {
        phases.map { "\($0.name) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: " · ")
    }

    /// `0.88 GiB, reached during pages`: the process's peak resident memory and the step that
    /// raised it to that (nil when up to date). In `sitegen serve` the peak is the server's so far.
    public var peakMemory: String? {
        guard let peak = phases.last?.peakResidentBytes, peak > 0,
              let step = phases.first(where: { $0.peakResidentBytes == peak }) else { return nil }
        return String(format: "%.2f GiB", Double(peak) / 1_073_741_824) + ", reached during \(step.name)"
    }

    /// `5 profiles → 69 papers (35 entries merged, 2 under another title), 100 authors (…)`; see `sitegen inspect`.
    /// An up-to-date output says so: `up to date (1034 files unchanged); 0.01 s`.
    public var description: String {
        let time = seconds < 0.1 ? (seconds * 1000).rounded() / 1000 : (seconds * 100).rounded() / 100
        guard !upToDate else { return "up to date (\(filesUnchanged) files unchanged; --force rebuilds); \(time) s" }
        return "\(Self.count(profiles, "profile")) → \(Self.count(papers, "paper")) (\(Self.count(mergedEntries, "entry", "entries")) merged, "
            + "\(report.merges.count) under another title), \(Self.count(authors, "author")) (\(report.foldings.count) written several ways), "
            + "\(Self.count(categories, "category", "categories")); \(Self.count(report.conflicts.count, "conflict")) resolved; "
            + "\(Self.count(pages, "page"))\(shard.isWhole ? "" : " (part \(shard) of the site)")\(pagesKept > 0 ? " (\(pagesKept) kept from the last build)" : ""); "
            + "\(Self.count(filesWritten, "file")) written, \(filesUnchanged) unchanged; \(Self.count(warnings, "warning")); \(time) s"
    }

    /// `1 profile`, `2 profiles`.
    private static func count(_ number: Int, _ one: String, _ many: String? = nil) -> String {
        "\(number) \(number == 1 ? one : many ?? one + "s")"
    }
}
