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

    /// The files: as read back, those of the pages; in the tree a build is making, every file
    /// (`StagedOutput` keeps its manifest here, so that each path is held once).
    private(set) var files = FileTable()
    /// Each page with the digest of its inputs; `pageFiles[position]` are its files' positions
    /// in `files`, a range of `filePositions`.
    private var pages = FileTable()
    private var pageFiles: [Range<Int32>] = []
    private var filePositions: [Int32] = []

    init(capacity: Int = 0) {
        files = FileTable(capacity: capacity)
    }

    /// The records of the tree at `root`; nil when missing or unreadable, or when a path leaves the tree.
    init?(readingTreeAt root: URL) {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(Self.fileName).path) else { return nil }
        let lines = Array(data).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count >= 3, lines.last?.isEmpty == true,
              String(decoding: lines[0], as: UTF8.self) == Self.header,
              let countLine = Optional(String(decoding: lines[1], as: UTF8.self)), countLine.hasPrefix("pages "),
              let count = Int(countLine.dropFirst(6)) else { return nil }
        var current: (page: String, inputs: ContentDigest, files: [Int])?
        for line in lines[2..<(lines.count - 1)] {
            let isPage = line.first == UInt8(ascii: "=")
            guard let (digest, path) = OutputManifest.entry(isPage ? line.dropFirst(2) : line) else { return nil }
            if isPage {
                if let current { record(page: current.page, inputs: current.inputs, files: current.files) }
                current = (path, digest, [])
            } else {
                guard current != nil else { return nil }
                current?.files.append(files.set(digest, at: path))
            }
        }
        if let current { record(page: current.page, inputs: current.inputs, files: current.files) }
        guard pageCount == count else { return nil }
    }

    /// How many pages are recorded.
    var pageCount: Int { pages.count }

    /// The entry of `page`, if recorded.
    func entry(_ page: String) -> Entry? {
        pages.position(of: page).map(entry(at:))
    }

    /// Every page's inputs digest.
    func inputsByPage() -> [String: ContentDigest] {
        var inputs: [String: ContentDigest] = [:]
        inputs.reserveCapacity(pageCount)
        for position in pages.positions { inputs[pages.path(at: position)] = pages.digest(at: position) }
        return inputs
    }

    private func entry(at position: Int) -> Entry {
        Entry(inputs: pages.digest(at: position), files: files(ofPageAt: position).map { file in
            (files.path(at: Int(file)), files.digest(at: Int(file)))
        })
    }

    /// The records of the pages whose every file `isKept` takes (`files` and a position in it;
    /// copied by bytes: no string is made).
    func keepingOnly(filesWhere isKept: (_ files: FileTable, _ position: Int) -> Bool) -> PageRecords {
        var kept = PageRecords()
        for page in pages.positions {
            let positions = files(ofPageAt: page)
            guard positions.allSatisfy({ isKept(files, Int($0)) }) else { continue }
            let copied = positions.map { kept.files.set(files.digest(at: Int($0)), atPathAt: Int($0), of: files) }
            kept.setFiles(copied, ofPageAt: kept.pages.set(pages.digest(at: page), atPathAt: page, of: pages))
        }
        return kept
    }

    /// Records `page` with `entry`'s inputs and files (each file's digest set in `files`).
    mutating func record(page: String, _ entry: Entry) {
        record(page: page, inputs: entry.inputs, files: entry.files.map { files.set($0.digest, at: $0.path) })
    }

    /// Records `page` as made from `inputs`, with the files at `positions` of `files`.
    mutating func record(page: String, inputs: ContentDigest, files positions: [Int]) {
        setFiles(positions, ofPageAt: pages.set(inputs, at: page))
    }

    /// The positions in `files` of the files of the page at `page` of `pages`.
    private func files(ofPageAt page: Int) -> ArraySlice<Int32> {
        filePositions[Int(pageFiles[page].lowerBound)..<Int(pageFiles[page].upperBound)]
    }

    /// Makes the files at `positions` those of the page at `page` of `pages`.
    private mutating func setFiles(_ positions: [Int], ofPageAt page: Int) {
        let start = Int32(filePositions.count)
        filePositions += positions.lazy.map { Int32($0) }
        let range = start..<Int32(filePositions.count)
        if page == pageFiles.count { pageFiles.append(range) } else { pageFiles[page] = range }
    }

    /// Sets `path`'s digest among the files (a file of the tree being made); returns its position.
    @discardableResult
    mutating func setFile(_ digest: ContentDigest, at path: String) -> Int {
        files.set(digest, at: path)
    }

    /// The records as they are written, pages sorted by path, handed to `write` in parts of about
    /// `partSize` bytes (see `OutputManifest.encode`).
    func encode(partSize: Int = 1 << 20, _ write: ([UInt8]) throws -> Void) rethrows {
        var bytes = Array("\(Self.header)\npages \(pageCount)\n".utf8)
        for position in pages.sortedPositions() {
            bytes += "= ".utf8
            OutputManifest.append(pages.digest(at: position), pages.path(at: position), to: &bytes)
            for file in files(ofPageAt: position) {
                OutputManifest.append(files.digest(at: Int(file)), files.path(at: Int(file)), to: &bytes)
            }
            if bytes.count >= partSize {
                try write(bytes)
                bytes.removeAll(keepingCapacity: true)
            }
        }
        try write(bytes)
    }
}
