import Foundation
import SitegenModel
import SitegenOutput
import SitegenSupport

/// Digests of input files from earlier builds, kept beside the output (`.<name>.inputs`), so
/// `InputFingerprint` reads and hashes only files whose `stat` changed, the way git's index
/// spares re-reading a clean work tree.
///
/// An entry is keyed by the file's `FileStamp`. A file whose status changed within
/// `FileStamp.settling` of the build's start is not recorded, so it is read again next time. The
/// cache describes input files, not the output, so it needs no swap: a file cut short by a kill
/// does not read and is rebuilt from scratch.
struct InputDigestCache {
    private static let header = "sitegen-input-digests 1"
    let url: URL
    private let known: [FileStamp: ContentDigest]
    private var seen: [FileStamp: ContentDigest] = [:]
    /// Nanoseconds since 1970 before which a file's last change is old enough to record.
    private let settledBefore: Int

    /// The cache of `output`'s builds, empty when missing or unreadable.
    init(output: URL) {
        url = output.deletingLastPathComponent().appendingPathComponent(Self.name(of: output))
        settledBefore = FileStamp.settledBefore()
        known = Self.read(url) ?? [:]
    }

    /// The cache file's name, beside `output`.
    static func name(of output: URL) -> String {
        ".\(output.lastPathComponent).inputs"
    }

    func digest(for stamp: FileStamp) -> ContentDigest? {
        known[stamp]
    }

    /// Notes the digest of a file this build saw, to be saved if it has settled.
    mutating func record(_ digest: ContentDigest, for stamp: FileStamp) {
        if stamp.isSettled(before: settledBefore) && !stamp.path.contains("\n") { seen[stamp] = digest }
    }

    /// Writes the files this build saw, when they differ from what was read. Best effort.
    func save() {
        guard seen != known else { return }
        var text = Self.header + "\n"
        for (stamp, digest) in seen {
            text += "\(digest.hex) \(stamp.device) \(stamp.inode) \(stamp.size) \(stamp.modified) \(stamp.changed) \(stamp.path)\n"
        }
        text += "end \(seen.count)\n"
        try? TreeFiles(root: url.deletingLastPathComponent().path, startsEmpty: false, replacesFiles: true).write(Array(text.utf8), to: url.lastPathComponent)
    }

    private static func read(_ url: URL) -> [FileStamp: ContentDigest]? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines.first == Substring(header), lines.last == "",
              lines[lines.count - 2] == "end \(lines.count - 3)" else { return nil }
        var entries: [FileStamp: ContentDigest] = [:]
        for line in lines[1..<(lines.count - 2)] {
            let fields = line.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: false)
            guard fields.count == 7, let digest = ContentDigest(hex: fields[0].utf8), let device = UInt64(fields[1]),
                  let inode = UInt64(fields[2]), let size = Int(fields[3]), let modified = Int(fields[4]),
                  let changed = Int(fields[5]) else { return nil }
            entries[FileStamp(path: String(fields[6]), device: device, inode: inode, size: size, modified: modified,
                          changed: changed)] = digest
        }
        return entries
    }
}
