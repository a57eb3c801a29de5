import Foundation
import SitegenModel
#if canImport(Glibc)
import Glibc
#endif

/// A new output tree built beside the old one and swapped in only when complete, so a failed,
/// interrupted or killed build leaves the previous site as it was.
///
/// Staging lives next to the output (`.<name>.staging-<pid>`), on the same file system. The
/// swap exchanges the two trees in one step (`DirectorySwap`), so at every moment the output is
/// either the whole old site or the whole new one; the old tree, now at the staging path, is
/// removed afterwards. Where the exchange is unsupported, or there is no old output, it falls
/// back to renames: the old tree moved aside (`.<name>.previous-<pid>`), the new one moved in.
/// What killed builds left is cleaned up first (`LeftoverTrees`). Call with the `BuildLock` held.
final class StagedOutput {
    let output: URL
    let staging: URL
    private let fileManager: FileManager
    private let leftovers: LeftoverTrees
    /// Folders already created in the staging tree, so each is made once.
    private var createdFolders: Set<String> = []

    init(output: URL, fileManager: FileManager = .default) throws(BuildError) {
        self.output = output
        self.fileManager = fileManager
        leftovers = LeftoverTrees(output: output, fileManager: fileManager)
        staging = leftovers.parent.appendingPathComponent(leftovers.stagingName(pid: getpid()))
        do {
            try fileManager.createDirectory(at: leftovers.parent, withIntermediateDirectories: true)
            try leftovers.clean()
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .io(path: staging.path, reason: "cannot create the staging directory: \(Self.reason(error))")
        }
    }

    /// Writes `bytes` at `relativePath` inside the staging tree; refuses paths that would leave it.
    func write(_ bytes: [UInt8], to relativePath: String) throws(BuildError) {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard !relativePath.hasPrefix("/"), !components.isEmpty,
              components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") }) else {
            throw .escapingPath(relativePath)
        }
        let url = staging.appendingPathComponent(relativePath)
        do {
            let folder = url.deletingLastPathComponent()
            if createdFolders.insert(folder.path).inserted {
                try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            try Self.writeFile(bytes, at: url.path)
        } catch {
            throw .io(path: url.path, reason: "cannot write: \(Self.reason(error))")
        }
    }

    /// Creates or truncates the file and writes `bytes`, with no temporary file and no fsync
    /// (`Data.write` does both): the whole tree is swapped in at the end, which is what makes
    /// the output appear at once.
    private static func writeFile(_ bytes: [UInt8], at path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            offset += written
        }
    }

    /// Copies a folder (such as `Templates/assets`) into the staging tree at `relativePath`.
    func copyFolder(_ source: URL, to relativePath: String) throws(BuildError) {
        guard fileManager.fileExists(atPath: source.path) else { return }
        do {
            try fileManager.copyItem(at: source, to: staging.appendingPathComponent(relativePath))
        } catch {
            throw .io(path: source.path, reason: "cannot copy: \(Self.reason(error))")
        }
    }

    /// Copies every regular file below `source` (such as `Content/static`) to the same path in
    /// the staging tree. Generated files win over static ones of the same path, and symbolic links
    /// are not followed (they could point anywhere); both are warnings naming the file.
    func copyFiles(of source: URL, display: String) throws(BuildError) -> [Diagnostic] {
        guard let enumerator = fileManager.enumerator(at: source, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey]) else {
            return []
        }
        var diagnostics: [Diagnostic] = []
        let root = source.resolvingSymlinksInPath().path
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            let relative = String(url.path.dropFirst(source.path.count + 1))
            if values?.isSymbolicLink == true {
                diagnostics.append(Diagnostic(.warning, file: "\(display)/\(relative)", "symbolic link not copied"))
                enumerator.skipDescendants()
                continue
            }
            guard values?.isRegularFile == true, url.resolvingSymlinksInPath().path.hasPrefix(root + "/") else { continue }
            let target = staging.appendingPathComponent(relative)
            guard !fileManager.fileExists(atPath: target.path) else {
                diagnostics.append(Diagnostic(.warning, file: "\(display)/\(relative)", "the site generates this path itself; static file not copied"))
                continue
            }
            do {
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fileManager.copyItem(at: url, to: target)
            } catch {
                throw .io(path: url.path, reason: "cannot copy: \(Self.reason(error))")
            }
        }
        return diagnostics
    }

    /// Puts the staged tree in place of the output, marking it as sitegen's own.
    func commit() throws(BuildError) {
        try write([], to: OutputGuard.ownershipMarker)
        do {
            if fileManager.fileExists(atPath: output.path), try DirectorySwap.exchange(staging.path, output.path) {
                try? fileManager.removeItem(at: staging)
                return
            }
            let previous = leftovers.parent.appendingPathComponent(leftovers.previousName(pid: getpid()))
            if fileManager.fileExists(atPath: output.path) {
                try fileManager.moveItem(at: output, to: previous)
            }
            try fileManager.moveItem(at: staging, to: output)
            try? fileManager.removeItem(at: previous)
        } catch {
            throw .io(path: output.path, reason: "cannot put the new site in place: \(Self.reason(error))")
        }
    }

    /// Removes the staging tree after a failed build.
    func discard() {
        try? fileManager.removeItem(at: staging)
    }

    /// The system's words for a failure (`No space left on device`), not Foundation's wrapper.
    private static func reason(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(underlying.code))) }
        return error.localizedDescription
    }
}
