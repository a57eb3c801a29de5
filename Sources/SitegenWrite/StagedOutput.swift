import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A new output tree built beside the old one and swapped in only when complete, so a failed
/// or interrupted build leaves the previous site as it was.
///
/// Staging lives next to the output (`.<name>.staging-<pid>`), on the same file system, so the
/// swap is two renames; the previous tree is moved aside (`.<name>.previous-<pid>`) and removed
/// after the new one is in place. Leftovers of builds that died are removed first.
final class StagedOutput {
    let output: URL
    let staging: URL
    private let fileManager: FileManager
    /// Folders already created in the staging tree, so each is made once.
    private var createdFolders: Set<String> = []

    init(output: URL, fileManager: FileManager = .default) throws(BuildError) {
        self.output = output
        self.fileManager = fileManager
        let parent = output.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(pid)")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try removeLeftovers(in: parent)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .io(path: staging.path, reason: "cannot create the staging directory: \(error.localizedDescription)")
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
            throw .io(path: url.path, reason: "cannot write: \(error.localizedDescription)")
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
            throw .io(path: source.path, reason: "cannot copy: \(error.localizedDescription)")
        }
    }

    /// Puts the staged tree in place of the output, marking it as sitegen's own.
    func commit() throws(BuildError) {
        try write([], to: OutputGuard.ownershipMarker)
        let previous = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            if fileManager.fileExists(atPath: output.path) {
                try fileManager.moveItem(at: output, to: previous)
            }
            try fileManager.moveItem(at: staging, to: output)
            if fileManager.fileExists(atPath: previous.path) { try fileManager.removeItem(at: previous) }
        } catch {
            throw .io(path: output.path, reason: "cannot put the new site in place: \(error.localizedDescription)")
        }
    }

    /// Removes the staging tree after a failed build.
    func discard() {
        try? fileManager.removeItem(at: staging)
    }

    /// Staging and previous trees left by builds that were killed.
    private func removeLeftovers(in parent: URL) throws {
        let prefixes = [".\(output.lastPathComponent).staging-", ".\(output.lastPathComponent).previous-"]
        for name in try fileManager.contentsOfDirectory(atPath: parent.path) where prefixes.contains(where: name.hasPrefix) {
            let leftover = parent.appendingPathComponent(name)
            if !fileManager.fileExists(atPath: output.path), name.hasPrefix(prefixes[1]) {
                // The build died between the two renames: the previous site is the only one; restore it.
                try fileManager.moveItem(at: leftover, to: output)
            } else {
                try fileManager.removeItem(at: leftover)
            }
        }
    }
}
