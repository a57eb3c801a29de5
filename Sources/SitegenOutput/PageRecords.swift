import Foundation
import SitegenModel
import SitegenSupport

/// Which inputs each reusable page of a built tree was made from, and its files: written in the
/// tree as `.sitegen-pages`, beside the manifest and swapped in and out with it, so the next build
/// can keep a page whose inputs have the same digest (`PageInputs` in SitegenRender) instead of
/// building it again. Text, pages sorted, each followed by its files:
///
///     sitegen-pages 1
///     pages 2
///     = 5be1… authors/ada-lovelace/index.html
///     9b1e… authors/ada-lovelace/index.html
///     07c3… authors/ada-lovelace/feed.xml
///     = …
///
/// Lines are `OutputManifest`'s (`append`, `entry`), a page's prefixed with `= `. A file that does not read whole is ignored: every
/// page is then built.
struct PageRecords: Sendable {
    static let fileName = ".sitegen-pages"
    private static let header = "sitegen-pages 1"

    /// A page's inputs digest and its files with their digests.
    struct Entry: Sendable {
        let inputs: ContentDigest
        let files: [(path: String, digest: ContentDigest)]
    }

    private(set) var pages: [String: Entry] = [:]

    init() {}

    /// The records of the tree at `root`; nil when missing or unreadable, or when a path leaves the tree.
    init?(readingTreeAt root: URL) {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(Self.fileName).path) else { return nil }
        let lines = Array(data).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count >= 3, lines.last?.isEmpty == true,
              String(decoding: lines[0], as: UTF8.self) == Self.header,
              let countLine = Optional(String(decoding: lines[1], as: UTF8.self)), countLine.hasPrefix("pages "),
              let count = Int(countLine.dropFirst(6)) else { return nil }
        var current: (page: String, inputs: ContentDigest, files: [(path: String, digest: ContentDigest)])?
        for line in lines[2..<(lines.count - 1)] {
            let isPage = line.first == UInt8(ascii: "=")
            guard let (digest, path) = OutputManifest.entry(isPage ? line.dropFirst(2) : line) else { return nil }
            if isPage {
                if let current { pages[current.page] = Entry(inputs: current.inputs, files: current.files) }
                current = (path, digest, [])
            } else {
                guard current != nil else { return nil }
                current?.files.append((path, digest))
            }
        }
        if let current { pages[current.page] = Entry(inputs: current.inputs, files: current.files) }
        guard pages.count == count else { return nil }
    }

    /// Drops every page whose entry `isKept` refuses.
    mutating func keepOnly(where isKept: (Entry) -> Bool) {
        pages = pages.filter { isKept($0.value) }
    }

    mutating func record(page: String, _ entry: Entry) {
        pages[page] = entry
    }

    /// The records as they are written, pages sorted by path, handed to `write` in parts of about
    /// `partSize` bytes (see `OutputManifest.encode`).
    func encode(partSize: Int = 1 << 20, _ write: ([UInt8]) throws -> Void) rethrows {
        var bytes = Array("\(Self.header)\npages \(pages.count)\n".utf8)
        for (page, entry) in pages.sorted(by: { $0.key < $1.key }) {
            bytes += "= ".utf8
            OutputManifest.append(entry.inputs, page, to: &bytes)
            for file in entry.files {
                OutputManifest.append(file.digest, file.path, to: &bytes)
            }
            if bytes.count >= partSize {
                try write(bytes)
                bytes.removeAll(keepingCapacity: true)
            }
        }
        try write(bytes)
    }
}
