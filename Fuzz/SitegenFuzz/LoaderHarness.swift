import Foundation
import SitegenLoad

/// Profile pages: the input, cut at NUL bytes into up to four pages (so merging across pages
/// is reached), written into a content folder kept in memory-backed `/dev/shm` where there is
/// one, and loaded through the public `SiteLoader`, as a build would.
final class LoaderHarness: Sendable {
    static let shared = LoaderHarness()
    static let maxPages = 4

    let content: URL
    private var profiles: URL { content.appendingPathComponent(SiteLoader.profilesFolder) }

    private init() {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm")
            : FileManager.default.temporaryDirectory
        content = base.appendingPathComponent("sitegen-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: content.appendingPathComponent(SiteLoader.profilesFolder),
                                                 withIntermediateDirectories: true)
        try? Data("title: Fuzz\ncaptureYear: 2026\n".utf8).write(to: content.appendingPathComponent(SiteLoader.settingsFile))
        atexit { try? FileManager.default.removeItem(at: LoaderHarness.shared.content) }
    }

    func run(_ bytes: [UInt8]) {
        let pages = bytes.split(separator: 0, maxSplits: Self.maxPages - 1, omittingEmptySubsequences: false)
        for index in 0..<Self.maxPages {
            let url = profiles.appendingPathComponent("\(index).txt")
            if index < pages.count {
                try? Data(pages[index]).write(to: url)
            } else {
                try? FileManager.default.removeItem(at: url)
            }
        }
        _ = try? SiteLoader(contentDirectory: content).load()
    }
}
