import Foundation
import SitegenModel
import SitegenSupport
#if canImport(Glibc)
import Glibc
#endif

/// A new output tree built beside the old one and swapped in only when complete, so a failed,
/// interrupted or killed build leaves the previous site as it was.
///
/// Staging lives next to the output (`.<name>.staging-<pid>`), on the same file system. It
/// starts as the spare tree when there is one (`SpareTree`): a file whose digest equals the
/// spare manifest's entry is left alone, others are written, and files the new site no longer
/// has are removed at the end; else it starts empty and every file is written. A page kept
/// from the last build (`keep(_:)`, of those `lastBuild` offers) keeps the spare's files where they are the same,
/// and takes the others from the output as hard links; so a written file is always unlinked
/// first, never changed in place (it may be the live site's file too). The swap
/// exchanges the two trees in one step (`DirectorySwap`), so at every moment the output is
/// either the whole old site or the whole new one; the old tree, now at the staging path,
/// becomes the spare (or is removed). Where the exchange is unsupported, or there is no old
/// output, it falls back to renames: the old tree moved aside (`.<name>.previous-<pid>`), the
/// new one moved in. Call with the `BuildLock` held, after `LeftoverTrees.clean()`.
public final class StagedOutput {
    public let output: URL
    public let staging: URL
    private let fileManager: FileManager
    private let leftovers: LeftoverTrees
    private let spare: SpareTree
    /// The staging tree's files.
    private let tree: TreeFiles
    /// What the staging tree held when it was taken from the spare, less every path the new
    /// site has put a file at so far (written, found unchanged, or linked): what is left at the
    /// end is what the new site no longer has. Its paths are freed as the build goes, lowering
    /// the peak when every page is rebuilt. Nil when the tree started empty.
    private var previous: OutputManifest?
    /// The pages of the site being replaced (the output) that can be kept, with their inputs and
    /// files; empty when the output has no readable records, or with `--force`. Emptied by `keep(_:)`.
    private var lastRecords = PageRecords()
    /// Of the last build's pages, those whose files this tree can take, by the digest of the
    /// inputs each was made from: the render keeps those whose inputs are the same (`keep(_:)`).
    public private(set) var lastBuild: [String: ContentDigest] = [:]
    /// The pages of the new site so far, with their inputs, and every file of the new site so far
    /// with its digest (`records.files`: the manifest).
    private var records: PageRecords
    /// The output, opened to link kept pages' files from when the spare does not hold them;
    /// nil until needed, or when it cannot be opened.
    private lazy var outputFiles: TreeFiles? = try? TreeFiles(linkingFrom: output.path)
    /// Files whose bytes were written (new or changed), files the spare already held, and files
    /// linked from the output (kept pages the spare held otherwise).
    public private(set) var written = 0
    public private(set) var unchanged = 0
    public private(set) var linked = 0
    /// Where a long-lived process keeps the manifests and records between builds; nil for none.
    private let kept: KeptTreeRecords?
    /// The output's manifest, when `kept` gave its records: the spare's once this tree is committed.
    private var outputManifest: OutputManifest?
    /// Files of every tree that are sitegen's records, not part of the site.
    private static let bookkeeping: Set = [OutputGuard.ownershipMarker, OutputManifest.fileName, PageRecords.fileName]

    /// Prepares the staging tree, from the spare and offering the output's pages to keep unless
    /// `reusingSpare` is false; with `kept`, the manifest and records it holds of those trees are
    /// used instead of read, and it is left holding this tree's once committed.
    public init(output: URL, reusingSpare: Bool, kept: KeptTreeRecords? = nil, fileManager: FileManager = .default) throws(OutputError) {
        self.output = output
        self.fileManager = fileManager
        self.kept = kept
        leftovers = LeftoverTrees(output: output, fileManager: fileManager)
        spare = SpareTree(output: output, fileManager: fileManager)
        staging = leftovers.parent.appendingPathComponent(leftovers.stagingName(pid: getpid()))
        let records: PageRecords?
        do {
            // Two long reads of different trees (tens of megabytes each for a big site), side by side.
            let taken: OutputManifest?
            let keptOutput: (manifest: OutputManifest, records: PageRecords)?
            (taken, (keptOutput, records)) = Concurrently.both({ [spare, staging] in reusingSpare ? spare.take(to: staging, kept: kept?.spare) : nil }, {
                guard reusingSpare else { return (nil, nil) }
                let keptOutput = kept.flatMap { kept in OutputManifest.header(ofTreeAt: output).flatMap { kept.output.take(madeFrom: $0) } }
                return (keptOutput, keptOutput?.records ?? PageRecords(readingTreeAt: output))
            })
            outputManifest = keptOutput?.manifest
            if let taken {
                previous = taken
            } else {
                spare.discard()
                previous = nil
                try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            }
            self.records = PageRecords(capacity: previous?.files.count ?? 0)
            tree = try TreeFiles(root: staging.path, startsEmpty: previous == nil, replacesFiles: previous != nil || records != nil)
        } catch {
            throw .io(path: staging.path, reason: "cannot create the staging directory: \(SystemReason.describing(error))")
        }
        if let records { offer(records) }
    }

    /// Keeps of `records` the pages whose every file this tree can take: from the spare, where it
    /// holds the same bytes, else linked from the output (a regular file there, reached without
    /// following a link, on a file system that has hard links).
    private func offer(_ records: PageRecords) {
        let canLink = outputFiles != nil && tree.hasHardLinks()
        lastRecords = records.keepingOnly(filesWhere: { files, position in
            previous?.files.digest(ofPathAt: position, in: files) == files.digest(at: position)
                || (canLink && outputFiles?.holdsFile(files.path(at: position)) == true)
        })
        lastBuild = lastRecords.inputsByPage()
    }

    /// Puts `bytes` at `relativePath` in the staging tree, unless the spare already holds them
    /// there; refuses paths that would leave the tree.
    public func write(_ bytes: [UInt8], to relativePath: String) throws(OutputError) {
        try write(bytes, digest: ContentDigest(of: bytes), to: relativePath)
    }

    /// `write(_:to:)` with the digest of `bytes` made already (by the thread that made the bytes).
    public func write(_ bytes: [UInt8], digest: ContentDigest, to relativePath: String) throws(OutputError) {
        guard TreeFiles.staysInside(relativePath) else { throw .escapingPath(relativePath) }
        records.setFile(digest, at: relativePath)
        // A path given twice is written the second time: the spare's file was accounted for the first.
        if previous?.files.remove(relativePath) == digest {
            unchanged += 1
            return
        }
        do {
            try tree.write(bytes, to: relativePath)
        } catch {
            throw .io(path: tree.root + "/" + relativePath, reason: "cannot write: \(SystemReason.describing(error))")
        }
        written += 1
    }

    /// Puts at `relativePath` the bytes `produce` hands to the function it is given, part by part,
    /// digesting as it goes. As with `write(_:to:)`, what the spare already holds there is kept
    /// when the digests agree: the parts go to a file beside it (`<name>.sitegen-partial`), then
    /// replace it or are removed.
    public func write(partsTo relativePath: String, _ produce: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws(OutputError) {
        guard TreeFiles.staysInside(relativePath) else { throw .escapingPath(relativePath) }
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        let partial = relativePath + Self.partialSuffix
        let digest = ContentDigest.Parts()
        do {
            try withoutActuallyEscaping(produce) { produce in
                try tree.write(to: partial) { write in
                    try produce { part in
                        digest.add(part)
                        try write(part)
                    }
                }
            }
            records.setFile(digest.digest(), at: relativePath)
            if previous?.files.remove(relativePath) == digest.digest() {
                tree.remove([partial])
                unchanged += 1
                return
            }
            try tree.rename(partial, to: name)
        } catch {
            tree.remove([partial])
            throw .io(path: tree.root + "/" + relativePath, reason: "cannot write: \(SystemReason.describing(error))")
        }
        written += 1
    }

    /// Puts the files the last build made for `pages` (of `lastBuild`) into the new site, with
    /// their records: left as they are where the spare holds the same bytes, else linked from the
    /// output. Returns their paths. Told once, before any page is written; the records of the other
    /// pages are dropped then.
    public func keep(_ pages: Set<String>) throws(OutputError) -> [String] {
        let offered = lastRecords
        (lastRecords, lastBuild) = (PageRecords(), [:])
        var paths: [String] = []
        for page in pages.sorted() {
            guard let entry = offered.entry(page) else { continue }
            for file in entry.files {
                // Where the spare holds other bytes (or nothing), the last build's file is linked;
                // either way the spare's entry is used up (what is left of it at the end is removed).
                if previous?.files.remove(file.path) == file.digest {
                    unchanged += 1
                } else {
                    do {
                        // Offered only when the output could be opened (`offer`).
                        try tree.link(file.path, from: outputFiles!)
                    } catch {
                        throw .io(path: output.path + "/" + file.path, reason: "cannot keep this file of the last build: \(SystemReason.describing(error))")
                    }
                    linked += 1
                }
                paths.append(file.path)
            }
            records.record(page: page, entry)
        }
        return paths
    }

    /// Records that `page` and its `paths` (all written by now) were made from inputs with digest `inputs`.
    public func record(page: String, inputs: ContentDigest, files paths: [String]) {
        records.record(page: page, inputs: inputs, files: paths.compactMap(records.files.position(of:)))
    }

    /// The end of the name a streamed file is written under until it is complete.
    static let partialSuffix = ".sitegen-partial"

    /// Whether the new site has a file at `relativePath` by now, or sitegen keeps its records there.
    public func holds(_ relativePath: String) -> Bool {
        records.files[relativePath] != nil || Self.bookkeeping.contains(relativePath)
    }

    /// Removes what the spare held that the new site does not, writes the manifest (recording
    /// `inputs`), the page records and the ownership marker, and puts the staged tree in place of the output. The
    /// replaced site becomes the spare when `keepingSpare`, else it is deleted.
    ///
    /// Without `inputs` (a part of a site, `--shard`) neither manifest nor records are written: they
    /// would describe only this part once the parts are copied together, so the next build of the
    /// joined tree builds it whole. With the `kept` records, they are kept there too once in place.
    public func commit(inputs: ContentDigest?, keepingSpare: Bool) throws(OutputError) {
        do {
            if let previous {
                tree.remove(previous.files.positions.lazy.filter { !previous.files.isRemoved(at: $0) }.map(previous.files.path(at:)))
            }
            if let inputs {
                // Written as they are encoded, one after the other: whole, both were the build's peak.
                try tree.write(to: OutputManifest.fileName) { write in try OutputManifest(inputs: inputs, files: records.files).encode(write) }
                try tree.write(to: PageRecords.fileName) { write in try records.encode(write) }
            }
            try tree.create(OutputGuard.ownershipMarker)
        } catch {
            throw .io(path: tree.root + "/" + OutputManifest.fileName, reason: "cannot write: \(SystemReason.describing(error))")
        }
        try swapIn(keepingSpare: keepingSpare)
        if let kept, let inputs {
            let manifest = OutputManifest(inputs: inputs, files: records.files)
            kept.output.keep((manifest, records), madeFrom: manifest.header)
            if keepingSpare, let outputManifest { kept.spare.keep(outputManifest, madeFrom: outputManifest.header) }
        }
    }

    /// Puts the staged tree in place of the output; the replaced site becomes the spare when
    /// `keepingSpare`, else it is deleted.
    private func swapIn(keepingSpare: Bool) throws(OutputError) {
        let retire: (URL) -> Void = { [spare, fileManager] tree in
            if keepingSpare { spare.keep(tree) } else { try? fileManager.removeItem(at: tree) }
        }
        do {
            if fileManager.fileExists(atPath: output.path), try DirectorySwap.exchange(staging.path, output.path) {
                retire(staging)
                return
            }
            let previous = leftovers.parent.appendingPathComponent(leftovers.previousName(pid: getpid()))
            let replacing = fileManager.fileExists(atPath: output.path)
            if replacing {
                try fileManager.moveItem(at: output, to: previous)
            }
            try fileManager.moveItem(at: staging, to: output)
            if replacing { retire(previous) }
        } catch {
            throw .io(path: output.path, reason: "cannot put the new site in place: \(SystemReason.describing(error))")
        }
    }

    /// Removes the staging tree after a failed build.
    public func discard() {
        try? fileManager.removeItem(at: staging)
    }

    /// Puts the spare back as it was taken, for a build that failed before anything was staged
    /// (the content did not load): its manifest written again and the tree moved back, so the
    /// next build still starts from it. Without a spare, the empty staging tree is removed.
    public func abandon() {
        guard let previous, (try? tree.write(to: OutputManifest.fileName) { write in try previous.encode(write) }) != nil else {
            discard()
            return
        }
        spare.keep(staging)
    }
}
