import Foundation
import SitegenModel
#if canImport(Glibc)
import Glibc
#endif

/// One digest of everything a build's output depends on: every file below the content and
/// templates folders (relative path and the digest of its bytes), the options that change
/// output (`--base-url`), and the sitegen executable itself (its size and modification time:
/// a rebuilt sitegen may render differently).
///
/// File contents are hashed rather than their times trusted, so a copied or re-checked-out
/// content folder with the same bytes is still up to date, and the manifest that records the
/// digest stays the same wherever and whenever the site is built; `InputDigestCache` spares
/// reading the files whose `stat` did not change. It is taken before loading:
/// a file edited while the build reads it makes the next build differ, never wrongly agree.
enum InputFingerprint {
    /// The digest of `options`' inputs; files `cache` knows unchanged are not read.
    static func digest(of options: BuildOptions, cache: inout InputDigestCache) -> ContentDigest {
        var text = environment(of: options)
        for (label, folder) in [("content", options.contentDirectory), ("templates", options.templatesDirectory)] {
            let paths = files(below: folder)
            let stamps = paths.map { InputDigestCache.stamp(of: folder.path + "/" + $0) }
            let known = stamps.map { $0.flatMap(cache.digest(for:)) }
            var index = 0
            OrderedParallelMap.run(count: paths.count, make: { index in
                known[index] ?? FileManager.default.contents(atPath: folder.path + "/" + paths[index]).map { ContentDigest(of: $0) }
            }, consume: { digest in
                if let digest, let stamp = stamps[index] { cache.record(digest, for: stamp) }
                // A path holds no NUL, so path, NUL, digest, line feed reads one way only.
                text += "\(label)/\(paths[index])\0\(digest?.hex ?? "unreadable")\n"
                index += 1
            })
        }
        return ContentDigest(of: Array(text.utf8))
    }

    /// What changes output besides the content and the templates: sitegen itself and `--base-url`.
    static func environment(of options: BuildOptions) -> String {
        "sitegen \(executableIdentity)\nbase-url \(options.baseURL ?? "")\n"
    }

    /// Every entry below `folder` that is not a folder (links included, read through), sorted.
    /// Listed with `readdir`, whose entry types spare a `stat` per file (FileManager's
    /// enumerator took a third of an up-to-date build).
    private static func files(below folder: URL) -> [String] {
        var paths: [String] = []
        var pending = [""]
        // (device, inode) of every folder listed, so a link back up the tree ends the walk.
        var listed: Set<[UInt64]> = []
        while let relative = pending.popLast() {
            let folderPath = relative.isEmpty ? folder.path : folder.path + "/" + relative
            var folderInfo = stat()
            guard stat(folderPath, &folderInfo) == 0, listed.insert([UInt64(folderInfo.st_dev), UInt64(folderInfo.st_ino)]).inserted,
                  let directory = opendir(folderPath) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard name != ".", name != ".." else { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                // A link is read through, as the loader reads it: a linked folder is listed too.
                var info = stat()
                let type = entry.pointee.d_type
                let isFolder = type == UInt8(DT_DIR)
                    || ((type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN)) && stat(folder.path + "/" + path, &info) == 0
                        && info.st_mode & S_IFMT == S_IFDIR)
                if isFolder { pending.append(path) } else { paths.append(path) }
            }
        }
        return paths.sorted()
    }

    /// `/proc/self/exe`'s size and modification time in nanoseconds (zero where unavailable).
    private static let executableIdentity: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "unknown" }
        return "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()
}
