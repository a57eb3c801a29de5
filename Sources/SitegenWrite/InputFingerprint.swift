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
/// digest stays the same wherever and whenever the site is built. It is taken before loading:
/// a file edited while the build reads it makes the next build differ, never wrongly agree.
enum InputFingerprint {
    static func digest(of options: BuildOptions) -> ContentDigest {
        var text = "sitegen \(executableIdentity)\nbase-url \(options.baseURL ?? "")\n"
        for (label, folder) in [("content", options.contentDirectory), ("templates", options.templatesDirectory)] {
            let paths = files(below: folder)
            var index = 0
            OrderedParallelMap.run(count: paths.count, batchSize: 256) { index in
                FileManager.default.contents(atPath: folder.appendingPathComponent(paths[index]).path)
                    .map { ContentDigest(of: $0).hex } ?? "unreadable"
            } consume: { digest in
                // A path holds no NUL, so path, NUL, digest, line feed reads one way only.
                text += "\(label)/\(paths[index])\0\(digest)\n"
                index += 1
            }
        }
        return ContentDigest(of: Array(text.utf8))
    }

    /// Every entry below `folder` that is not a folder (links included, read through), sorted.
    private static func files(below folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if enumerator.fileAttributes?[.type] as? FileAttributeType != .typeDirectory { paths.append(path) }
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
