import Foundation
import SitegenLoad
import SitegenModel
import SitegenOutput

/// What the loader read and decided, for `sitegen inspect`: per file its layout, owner (and how
/// it was found), entries and warnings; every merge, name folding and conflict; the papers whose
/// citation data Google Scholar would drop (no known date, no printed byline), which sitegen
/// never makes up.
public struct SiteInspection: Sendable {
    public let site: Site

    /// Loads `contentDirectory` the way a build would.
    public init(contentDirectory: URL) throws(BuildError) {
        do {
            site = try SiteLoader(contentDirectory: contentDirectory,
                                  displayRoot: SiteBuilder.displayPath(contentDirectory)).load()
        } catch {
            throw .content(error.diagnostic)
        }
    }

    /// A report for people, one section per concern.
    public var text: String {
        var lines: [String] = []
        let report = site.report
        lines.append("Profiles (\(site.profiles.count)):")
        let (byProfile, other) = diagnosticsByProfile()
        for profile in site.profiles {
            let owner = profile.owner.map { "\($0) (\(profile.ownerSource.rawValue))" } ?? "none"
            lines.append("  \(profile.file): layout \(profile.layout.rawValue), owner \(owner), \(profile.entryCount) entries")
            for diagnostic in byProfile[profile.file] ?? [] { lines.append("    \(diagnostic)") }
        }
        if !other.isEmpty {
            lines.append("Other warnings (\(other.count)):")
            lines += other.map { "  \($0)" }
        }
        lines.append("Merged under different titles (\(report.merges.count)):")
        for merge in report.merges {
            lines.append("  \(merge.file):\(merge.line): \"\(merge.title)\" → \"\(merge.intoTitle)\" (similarity \(Self.format(merge.similarity)))")
        }
        lines.append("Names folded (\(report.foldings.count)):")
        for folding in report.foldings {
            let spellings = folding.spellings.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }
            lines.append("  \(folding.canonical) ← \(spellings.joined(separator: ", "))")
        }
        lines.append("Conflicts (\(report.conflicts.count)):")
        for conflict in report.conflicts {
            let others = conflict.values.filter { $0 != conflict.chosen }.map { "\"\($0)\"" }.joined(separator: ", ")
            lines.append("  \"\(conflict.paperTitle)\" \(conflict.field): kept \"\(conflict.chosen)\" over \(others)")
        }
        if let rule = report.conflicts.first?.rule { lines.append("  (kept by: \(rule))") }
        let undated = site.papers.filter { $0.date == nil }
        lines.append("Papers without a date (\(undated.count)): no year in citations and no citation_publication_date, "
            + "which Google Scholar requires; give `date: YYYY-MM-DD` in papers/<id>.md:")
        lines += undated.map { "  \($0.id): \"\($0.title)\" (\($0.sources.joined(separator: ", ")))" }
        let withoutByline = site.papers.filter { !$0.hasPrintedByline }
        lines.append("Papers without a printed byline (\(withoutByline.count)): seen only on collaborators lists, "
            + "so citations name no author; give the byline as `authors:` in papers/<id>.md:")
        lines += withoutByline.map { "  \($0.id): \"\($0.title)\" (\($0.sources.joined(separator: ", ")))" }
        lines.append("\(site.profiles.reduce(0) { $0 + $1.entryCount }) entries → \(site.papers.count) papers, "
            + "\(site.authors.count) authors; \(report.merges.count) retitled merges, \(report.foldings.count) names folded, "
            + "\(report.conflicts.count) conflicts, \(site.diagnostics.count) warnings")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same as JSON, keys sorted, for scripts.
    public var json: String {
        struct File: Encodable {
            var file: String
            var layout: String
            var owner: String?
            var ownerSource: String
            var entries: Int
            var warnings: [String]
        }
        struct PaperRef: Encodable {
            var id: String
            var title: String
            var sources: [String]
        }
        struct Document: Encodable {
            var profiles: [File]
            var undatedPapers: [PaperRef]
            var papersWithoutByline: [PaperRef]
            var merges: [LoadReport.Merge]
            var foldings: [LoadReport.Folding]
            var conflicts: [LoadReport.Conflict]
            var warnings: [String]
            var papers: Int
            var authors: Int
        }
        let byProfile = diagnosticsByProfile().byProfile
        let document = Document(
            profiles: site.profiles.map { profile in
                File(file: profile.file, layout: profile.layout.rawValue, owner: profile.owner,
                     ownerSource: profile.ownerSource.rawValue, entries: profile.entryCount,
                     warnings: (byProfile[profile.file] ?? []).map(\.description))
            },
            undatedPapers: site.papers.filter { $0.date == nil }.map { PaperRef(id: $0.id, title: $0.title, sources: $0.sources) },
            papersWithoutByline: site.papers.filter { !$0.hasPrintedByline }
                .map { PaperRef(id: $0.id, title: $0.title, sources: $0.sources) },
            merges: site.report.merges, foldings: site.report.foldings, conflicts: site.report.conflicts,
            warnings: site.diagnostics.map(\.description), papers: site.papers.count, authors: site.authors.count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self) + "\n"
    }

    /// The warnings about each profile page (by file name: those whose path ends in
    /// `profiles/<name>`), and the others, each in order; one pass, not one per page.
    private func diagnosticsByProfile() -> (byProfile: [String: [Diagnostic]], other: [Diagnostic]) {
        let pages = Set(site.profiles.map(\.file))
        let folder = "/\(SiteLoader.profilesFolder)/"
        var byProfile: [String: [Diagnostic]] = [:]
        var other: [Diagnostic] = []
        for diagnostic in site.diagnostics {
            if let range = diagnostic.file.range(of: folder, options: .backwards),
               case let name = String(diagnostic.file[range.upperBound...]), pages.contains(name) {
                byProfile[name, default: []].append(diagnostic)
            } else {
                other.append(diagnostic)
            }
        }
        return (byProfile, other)
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
