import Foundation
import SitegenLoad
import SitegenModel
import SitegenOutput
import SitegenSupport
import SitegenTheme
#if canImport(Glibc)
import Glibc
#endif

/// One digest of everything a build's output depends on: exactly what the build reads and
/// copies (the files the loader reads, `ContentFiles`; every entry below `Content/static` and
/// the templates folder as `InputTree` finds them, links not followed, the output's own trees
/// never entered), each by relative path and the digest of its bytes; the options that change
/// output (`--base-url`); and the sitegen executable itself (its size and modification time: a
/// rebuilt sitegen may render differently).
///
/// File contents are hashed rather than their times trusted, so a copied or re-checked-out
/// content folder with the same bytes is still up to date, and the manifest that records the
/// digest stays the same wherever and whenever the site is built; `InputDigestCache` spares
/// reading the files whose `stat` did not change. It is taken before loading:
/// a file edited while the build reads it makes the next build differ, never wrongly agree.
enum InputFingerprint {
    /// What one input contributes, under its label (`content/profiles/a.txt`).
    private enum Input {
        /// A file the build reads, by its path.
        case read(label: String, path: String)
        /// An entry the build does not read, and why (a link not copied, a folder it cannot list).
        case noted(label: String, note: String)

        /// The file to read, if any.
        var path: String? {
            if case .read(_, let path) = self { path } else { nil }
        }
    }

    /// The digest of `options`' inputs (`all`), and of all but the templates folder (`site`: what
    /// the loaded site depends on); files `cache` knows unchanged are not read.
    static func digest(of options: BuildOptions, cache: inout InputDigestCache) -> (all: ContentDigest, site: ContentDigest) {
        var text = environment(of: options)
        let (siteInputs, templateInputs) = inputs(of: options)
        let inputs = siteInputs + templateInputs
        let paths = inputs.map(\.path)
        let stamps = paths.map { $0.flatMap(FileStamp.of) }
        let known = stamps.map { $0.flatMap(cache.digest(for:)) }
        var index = 0
        // Replaced once every input of the site is in (unless there is none).
        var site = ContentDigest(of: Array(text.utf8))
        OrderedParallelMap.run(count: inputs.count, make: { index in
            known[index] ?? paths[index].flatMap { try? FileBytes.read($0) }.map { ContentDigest(of: $0) }
        }, consume: { digest in
            if let digest, let stamp = stamps[index] { cache.record(digest, for: stamp) }
            // A path holds no NUL, so label, NUL, digest or note, line feed reads one way only.
            switch inputs[index] {
            case .read(let label, _): text += "\(label)\0\(digest?.hex ?? "unreadable")\n"
            case .noted(let label, let note): text += "\(label)\0\(note)\n"
            }
            index += 1
            if index == siteInputs.count { site = ContentDigest(of: Array(text.utf8)) }
        })
        return (ContentDigest(of: Array(text.utf8)), site)
    }

    /// What changes output besides the content and the templates: sitegen itself and `--base-url`.
    static func environment(of options: BuildOptions) -> String {
        "sitegen \(executableIdentity)\nbase-url \(options.baseURL ?? "")\n"
    }

    /// Every input of a build of `options`, in a fixed order: what the site is loaded from
    /// (content and `Content/static/`, which author photos are looked up in), then the templates folder.
    private static func inputs(of options: BuildOptions) -> (site: [Input], templates: [Input]) {
        let (content, templates) = (options.contentDirectory, options.templatesDirectory)
        let excluded = OutputTrees(output: options.outputDirectory)
        let loaded = ContentFiles.all(in: content).map { Input.read(label: "content/\($0)", path: content.path + "/" + $0) }
        let staticFolder = content.appendingPathComponent(SiteBuilder.staticFolder)
        let copied = InputTree.entries(below: staticFolder, excluding: excluded).compactMap {
            input($0, label: "content/\(SiteBuilder.staticFolder)", in: staticFolder, readsLinks: false)
        }
        // Templates are read through links to files (as the template loader opens them); assets are copied, without.
        // The built-in theme is part of sitegen, which `environment(of:)` names.
        let templateFiles = templates.map { templates in
            InputTree.entries(below: templates, excluding: excluded).compactMap {
                input($0, label: "templates", in: templates, readsLinks: !$0.path.hasPrefix(BuiltInTheme.assetsFolder + "/"))
            }
        } ?? []
        return (loaded + copied, templateFiles)
    }

    /// What `entry` contributes; nothing for the output's own files, which every build changes.
    private static func input(_ entry: InputTree.Entry, label: String, in folder: URL, readsLinks: Bool) -> Input? {
        let label = "\(label)/\(entry.path)"
        switch entry {
        case .output: return nil
        case .file(let path): return .read(label: label, path: folder.path + "/" + path)
        case .link(let path): return readsLinks ? .read(label: label, path: folder.path + "/" + path) : .noted(label: label, note: "link")
        case .skipped(_, let reason): return .noted(label: label, note: "skipped: \(reason)")
        }
    }

    /// `/proc/self/exe`'s size and modification time in nanoseconds (zero where unavailable).
    private static let executableIdentity: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "unknown" }
        return "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()
}
