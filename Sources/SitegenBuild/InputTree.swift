import Foundation
import SitegenLoad

/// The entries below a folder the build copies as it is (`Content/static`, `Templates/assets`)
/// or reads (`Templates`), found the way the copy takes them: the folder itself read through a
/// symbolic link, nothing below it followed (a link is an entry of its own, not its target),
/// and the output's own trees (`OutputTrees`) never entered. What cannot be taken is an entry
/// too, with the reason, so the copy can warn and the up-to-date check can count it.
enum InputTree {
    /// One entry, by its path relative to the folder.
    enum Entry: Equatable {
        case file(String)
        case link(String)
        /// Not taken: a folder that cannot be listed, something other than a file, a name that
        /// is not UTF-8 (the path shows it escaped).
        case skipped(String, reason: String)
        /// Not taken: the output's, which every build changes (`OutputTrees`).
        case output(String)
    }

    /// Every entry below `root`, sorted by path; none when `root` is missing. An entry with an
    /// empty path is `root` itself: a folder that cannot be listed, or the output's own.
    static func entries(below root: URL, excluding output: OutputTrees) -> [Entry] {
        let real = root.resolvingSymlinksInPath()
        let identity = FileIdentity(path: root.path)
        if output.owns(real.lastPathComponent, in: FileIdentity(path: real.deletingLastPathComponent().path), entry: identity) {
            return [.output("")]
        }
        var entries: [Entry] = []
        var pending: [(path: String, identity: FileIdentity?)] = [("", identity)]
        while let (relative, identity) = pending.popLast() {
            let listed: [FolderEntries.Entry]
            do {
                listed = try FolderEntries.list(relative.isEmpty ? root.path : root.path + "/" + relative)
            } catch {
                // A missing `static/` or `assets/` is no problem; one that is there must be readable.
                if !relative.isEmpty || FileManager.default.fileExists(atPath: root.path) {
                    entries.append(.skipped(relative, reason: "cannot read this folder: \(error)"))
                }
                continue
            }
            for entry in listed {
                let name = entry.name ?? entry.display
                let path = relative.isEmpty ? name : relative + "/" + name
                if output.owns(name, in: identity, entry: entry.identity) {
                    entries.append(.output(path))
                    continue
                }
                guard entry.name != nil else {
                    entries.append(.skipped(path, reason: "its name is not valid UTF-8 (shown with \\x escapes); rename it"))
                    continue
                }
                switch entry.kind {
                case .file: entries.append(.file(path))
                case .link: entries.append(.link(path))
                case .folder: pending.append((path, entry.identity))
                case .other(let kind): entries.append(.skipped(path, reason: "not a regular file (\(kind))"))
                }
            }
        }
        return entries.sorted { $0.path < $1.path }
    }
}

extension InputTree.Entry {
    var path: String {
        switch self {
        case .file(let path), .link(let path), .skipped(let path, _), .output(let path): path
        }
    }
}
