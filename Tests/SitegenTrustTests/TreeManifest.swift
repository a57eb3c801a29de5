import Foundation

/// A tree's files and their contents' hashes: what a known-good build looks like, to compare
/// any later output against. Dot-files at the top (the ownership marker) are included.
struct TreeManifest: Equatable {
    /// Relative path → FNV-1a 64 of the bytes.
    let files: [String: UInt64]

    init(_ root: URL) {
        var files: [String: UInt64] = [:]
        let base = root.resolvingSymlinksInPath().path
        if let enumerator = FileManager.default.enumerator(atPath: base) {
            for case let path as String in enumerator {
                guard enumerator.fileAttributes?[.type] as? FileAttributeType == .typeRegular,
                      let data = FileManager.default.contents(atPath: base + "/" + path) else { continue }
                files[path] = Self.hash(data)
            }
        }
        self.files = files
    }

    var isEmpty: Bool { files.isEmpty }

    /// What differs from `other`, briefly, for failure messages.
    func difference(from other: TreeManifest) -> String {
        let missing = Set(other.files.keys).subtracting(files.keys).sorted()
        let extra = Set(files.keys).subtracting(other.files.keys).sorted()
        let changed = files.keys.filter { other.files[$0] != nil && other.files[$0] != files[$0] }.sorted()
        return "\(missing.count) missing (\(missing.prefix(3))), \(extra.count) extra (\(extra.prefix(3))), "
            + "\(changed.count) changed (\(changed.prefix(3)))"
    }

    private static func hash(_ data: Data) -> UInt64 {
        data.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
