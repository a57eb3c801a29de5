import Foundation
import SitegenModel
import SitegenSupport

/// The files of a content folder the loader reads, listed one way for the loader and for the
/// build's up-to-date check (so a build is up to date exactly when what it would read is the
/// same): `site.yml`, `profiles/*.txt`, and `*.md` in `authors/`, `papers/` and `pages/`,
/// hidden files left out. Like the loader, it reads folders and files through symbolic links
/// (the loader opens them by path), but only these: nothing else below the content folder.
public enum ContentFiles {
    public static let settingsFile = "site.yml"
    public static let profilesFolder = "profiles"
    /// The folders of hand-written Markdown files (`ContentOverlayLoader`).
    enum MarkdownFolder: String, CaseIterable {
        case authors, papers, pages
    }

    /// The files of one folder the loader reads, by name, sorted, and a warning for each file it
    /// must skip (a name that is not UTF-8).
    struct Listing {
        var names: [String] = []
        var skipped: [Diagnostic] = []
    }

    /// The names in `folder` ending in `suffix`, not hidden; `display` is the folder for messages.
    static func names(in folder: URL, suffix: String, display: String) throws(SystemReason) -> Listing {
        var listing = Listing()
        for entry in try FolderEntries.list(folder.path) {
            let name = entry.name ?? entry.display
            guard name.hasSuffix(suffix) && !name.hasPrefix(".") else { continue }
            guard let name = entry.name else {
                listing.skipped.append(Diagnostic(.warning, file: "\(display)/\(entry.display)",
                    "cannot read this file: its name is not valid UTF-8 (shown with \\x escapes); rename it; skipped"))
                continue
            }
            listing.names.append(name)
        }
        listing.names.sort()
        return listing
    }

    /// Every file the loader would read below `content`, as paths relative to it, sorted.
    public static func all(in content: URL) -> [String] {
        var paths: [String] = []
        if FileManager.default.fileExists(atPath: content.appendingPathComponent(settingsFile).path) { paths.append(settingsFile) }
        for (folder, suffix) in [(profilesFolder, ".txt")] + MarkdownFolder.allCases.map({ ($0.rawValue, ".md") }) {
            let names = (try? names(in: content.appendingPathComponent(folder), suffix: suffix, display: folder).names) ?? []
            paths += names.map { "\(folder)/\($0)" }
        }
        return paths.sorted()
    }
}
