import Foundation
import SitegenLoad
import SitegenModel
import SitegenRender
#if canImport(Glibc)
import Glibc
import SitegenSupport
#endif

/// A new output tree built beside the old one and swapped in only when complete, so a failed,
/// interrupted or killed build leaves the previous site as it was.
///
/// Staging lives next to the output (`.<name>.staging-<pid>`), on the same file system. It
/// starts as the spare tree when there is one (`SpareTree`): a file whose digest equals the
/// spare manifest's entry is left alone, others are written, and files the new site no longer
/// has are removed at the end; else it starts empty and every file is written. A page kept
/// from the last build (`keep(page:inputs:)`) keeps the spare's files where they are the same,
/// and takes the others from the output as hard links; so a written file is always unlinked
/// first, never changed in place (it may be the live site's file too). The swap
/// exchanges the two trees in one step (`DirectorySwap`), so at every moment the output is
/// either the whole old site or the whole new one; the old tree, now at the staging path,
/// becomes the spare (or is removed). Where the exchange is unsupported, or there is no old
/// output, it falls back to renames: the old tree moved aside (`.<name>.previous-<pid>`), the
/// new one moved in. Call with the `BuildLock` held, after `LeftoverTrees.clean()`.
final class StagedOutput {
    let output: URL
    let staging: URL
    private let fileManager: FileManager
    private let leftovers: LeftoverTrees
    private let spare: SpareTree
    /// The staging tree's files.
    private let tree: TreeFiles
    /// What the staging tree held when it was taken from the spare, less every path the new
    /// site has put a file at so far (written, found unchanged, or linked): what is left at the
    /// end is what the new site no longer has. Its paths are freed as the build goes (50 MB less
    /// peak memory when every page is rebuilt at 10,000 profiles). Nil when the tree started empty.
    private var previous: OutputManifest?
    /// The pages of the site being replaced (the output) with their inputs and files; nil when
    /// the output has no readable records, or with `--force`: no page can be kept. Trimmed to the
    /// pages that will be kept once the render has asked about every page (`willKeep`).
    private let lastBuild: LastBuild?
    /// The pages of the new site so far, with their inputs.
    private var records = PageRecords()
    /// The output, opened to link kept pages' files from when the spare does not hold them;
    /// nil until needed, or when it cannot be opened.
    private lazy var outputFiles: TreeFiles? = try? TreeFiles(linkingFrom: output.path)
    /// Every file of the new site so far, with its digest.
    private var files: [String: ContentDigest] = [:]
    /// Files whose bytes were written (new or changed), files the spare already held, and files
    /// linked from the output (kept pages the spare held otherwise).
    private(set) var written = 0
    private(set) var unchanged = 0
    private(set) var linked = 0
    /// Files of every tree that are sitegen's records, not part of the site.
    private static let bookkeeping: Set = [OutputGuard.ownershipMarker, OutputManifest.fileName, PageRecords.fileName]

    /// Prepares the staging tree, from the spare and keeping pages of the output unless
    /// `reusingSpare` is false.
    init(output: URL, reusingSpare: Bool, fileManager: FileManager = .default) throws(BuildError) {
        self.output = output
        self.fileManager = fileManager
        leftovers = LeftoverTrees(output: output, fileManager: fileManager)
        spare = SpareTree(output: output, fileManager: fileManager)
        staging = leftovers.parent.appendingPathComponent(leftovers.stagingName(pid: getpid()))
        do {
            // Two long reads of different trees (at 10,000 profiles 52 and 67 MB), side by side.
            let (taken, records) = Concurrently.both({ [spare, staging] in reusingSpare ? spare.take(to: staging) : nil },
                                                     { reusingSpare ? PageRecords(readingTreeAt: output) : nil })
            if let taken {
                previous = taken
            } else {
                spare.discard()
                previous = nil
                try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            }
            lastBuild = records.map(LastBuild.init)
            files.reserveCapacity(previous?.files.count ?? 0)
            tree = try TreeFiles(root: staging.path, startsEmpty: previous == nil, replacesFiles: previous != nil || lastBuild != nil)
        } catch {
            throw .io(path: staging.path, reason: "cannot create the staging directory: \(SystemReason.describing(error))")
        }
    }

    /// Puts `bytes` at `relativePath` in the staging tree, unless the spare already holds them
    /// there; refuses paths that would leave the tree.
    func write(_ bytes: [UInt8], to relativePath: String) throws(BuildError) {
        guard TreeFiles.staysInside(relativePath) else { throw .escapingPath(relativePath) }
        let digest = ContentDigest(of: bytes)
        files[relativePath] = digest
        // A path given twice is written the second time: the spare's file was accounted for the first.
        if previous?.files.removeValue(forKey: relativePath) == digest {
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

    /// Puts the streamed `file` at its path, part by part, digesting as it goes. As with
    /// `write(_:to:)`, what the spare already holds there is kept when the digests agree: the
    /// parts go to a file beside it (`<name>.sitegen-partial`), then replace it or are removed.
    func write(_ file: StreamedFile) throws(BuildError) {
        let relativePath = file.path
        guard TreeFiles.staysInside(relativePath) else { throw .escapingPath(relativePath) }
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        let partial = relativePath + Self.partialSuffix
        var digest = ContentDigest.Parts()
        do {
            try tree.write(to: partial) { write in
                try file.write { part in
                    digest.add(part)
                    try write(part)
                }
            }
            files[relativePath] = digest.digest()
            if previous?.files.removeValue(forKey: relativePath) == digest.digest() {
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

    /// Whether the output's `page` was made from inputs with digest `inputs`, so that
    /// `keep(page:inputs:)` can take its files instead of building it. Safe from any thread.
    var canKeep: (@Sendable (_ page: String, _ inputs: ContentDigest) -> Bool)? {
        guard let lastBuild else { return nil }
        return { page, inputs in lastBuild.records.pages[page]?.inputs == inputs }
    }

    /// Only `pages` will be kept (`keep(page:inputs:)`): the records of the others are dropped
    /// before the pages are built (after a change every page shows, such as a template or
    /// sitegen itself, that is 60 MB less peak memory at 10,000 profiles).
    func willKeep(_ pages: Set<String>) {
        lastBuild?.records.keepOnly(pages)
    }

    /// The last build's page records, shared with `canKeep`'s closure. Read from the render's
    /// threads while it asks about every page, then trimmed by `willKeep` on the building thread
    /// once all the asking is over (the render waits for its threads in between), never both at once.
    private final class LastBuild: @unchecked Sendable {
        var records: PageRecords
        init(_ records: PageRecords) { self.records = records }
    }

    /// Puts the files the output's `page` has into the new site, when it was made from inputs
    /// with digest `inputs`: left as they are where the spare holds the same bytes, else linked
    /// from the output. Returns their paths; nil when the page must be built (other inputs, or
    /// a file could not be linked: the output edited by hand, a file system without links).
    func keep(page: String, inputs: ContentDigest) -> [String]? {
        guard let entry = lastBuild?.records.pages[page], entry.inputs == inputs else { return nil }
        var linkedHere = 0
        for file in entry.files {
            // Where the spare holds other bytes (or nothing), the last build's file is linked;
            // either way the spare's entry is used up, so a page built after all writes its files.
            guard previous?.files.removeValue(forKey: file.path) != file.digest else { continue }
            guard let outputFiles, (try? tree.link(file.path, from: outputFiles)) != nil else { return nil }
            linkedHere += 1
        }
        for file in entry.files {
            files[file.path] = file.digest
        }
        linked += linkedHere
        unchanged += entry.files.count - linkedHere
        return entry.files.map(\.path)
    }

    /// Records that `page` and its `paths` (all written or kept) were made from inputs with digest `inputs`.
    func record(page: String, inputs: ContentDigest, files paths: [String]) {
        records.record(page: page, PageRecords.Entry(inputs: inputs, files: paths.compactMap { path in files[path].map { (path, $0) } }))
    }

    /// The end of the name a streamed file is written under until it is complete.
    static let partialSuffix = ".sitegen-partial"

    /// Copies every regular file below `source` (such as `Templates/assets` or `Content/static`)
    /// to the same path under `prefix` in the staging tree, as `InputTree` finds them. Generated
    /// files win over copied ones of the same path, symbolic links are not followed (they could
    /// point anywhere), and what cannot be copied is left out with its reason: each a warning
    /// naming the file.
    func copyFiles(of source: URL, to prefix: String, display: String) throws(BuildError) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for entry in InputTree.entries(below: source, excluding: OutputTrees(output: output)) {
            let file = entry.path.isEmpty ? display : "\(display)/\(entry.path)"
            switch entry {
            case .link:
                diagnostics.append(Diagnostic(.warning, file: file, "symbolic link not copied"))
            case .skipped(_, let reason):
                diagnostics.append(Diagnostic(.warning, file: file, "\(reason); not copied"))
            case .output:
                diagnostics.append(Diagnostic(.warning, file: file, "the site's own output, or a file or folder of its builds; not copied"))
            case .file(let relative):
                guard files[prefix + relative] == nil, !Self.bookkeeping.contains(prefix + relative) else {
                    diagnostics.append(Diagnostic(.warning, file: file, "the site generates this path itself; static file not copied"))
                    continue
                }
                let bytes: [UInt8]
                do {
                    bytes = try FileBytes.read(source.path + "/" + relative, followingLinks: false)
                } catch {
                    diagnostics.append(Diagnostic(.warning, file: file, "cannot read this file: \(error); not copied"))
                    continue
                }
                try write(bytes, to: prefix + relative)
            }
        }
        return diagnostics
    }

    /// Removes what the spare held that the new site does not, writes the manifest (recording
    /// `inputs`), the page records and the ownership marker, and puts the staged tree in place of the output. The
    /// replaced site becomes the spare when `keepingSpare`, else it is deleted.
    func commit(inputs: ContentDigest, keepingSpare: Bool) throws(BuildError) {
        do {
            if let previous {
                tree.remove(previous.files.keys)
            }
            let manifest = OutputManifest(inputs: inputs, files: files)
            let (manifestBytes, recordBytes) = Concurrently.both({ manifest.encoded() }, { [records] in records.encoded() })
            try tree.write(manifestBytes, to: OutputManifest.fileName)
            try tree.write(recordBytes, to: PageRecords.fileName)
            try tree.create(OutputGuard.ownershipMarker)
        } catch {
            throw .io(path: tree.root + "/" + OutputManifest.fileName, reason: "cannot write: \(SystemReason.describing(error))")
        }
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
    func discard() {
        try? fileManager.removeItem(at: staging)
    }

    /// Puts the spare back as it was taken, for a build that failed before anything was staged
    /// (the content did not load): its manifest written again and the tree moved back, so the
    /// next build still starts from it. Without a spare, the empty staging tree is removed.
    func abandon() {
        guard let previous, (try? tree.write(previous.encoded(), to: OutputManifest.fileName)) != nil else {
            discard()
            return
        }
        spare.keep(staging)
    }
}
