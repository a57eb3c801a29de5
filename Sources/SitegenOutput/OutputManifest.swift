import Foundation
import SitegenModel
import SitegenSupport
#if canImport(Glibc)
import Glibc
#endif

/// What a built tree holds, written in the tree itself as `.sitegen-manifest` next to the
/// ownership marker: the digest of the inputs it was built from (`InputFingerprint`) and every
/// file of the site with the digest of its bytes (the marker and the manifest excepted).
///
/// Living inside the tree, it is swapped in and out with the tree in one step, so it can never
/// describe another tree; it is a dot-file, so the preview server does not serve it, and it
/// depends only on the inputs' bytes, so the same content still gives the same tree. Text, one
/// line per file, sorted:
///
///     sitegen-manifest 1
///     inputs 3f0c…
///     files 138459
///     9b1e… authors/ada-lovelace/index.html
///
/// A path's `%` and line feed are written `%25` and `%0A`. A manifest whose file count does not
/// match its lines (cut short, edited) does not read.
public struct OutputManifest: Equatable, Sendable {
    static let fileName = ".sitegen-manifest"
    private static let formatLine = "sitegen-manifest 1"

    /// A manifest's first lines: the inputs' digest and the number of files.
    public struct Header: Equatable, Sendable {
        public let inputs: ContentDigest
        public let count: Int
    }

    var inputs: ContentDigest
    /// Relative path → digest of its bytes.
    var files: FileTable

    init(inputs: ContentDigest, files: FileTable) {
        self.inputs = inputs
        self.files = files
    }

    /// The manifest of the tree at `root`, or nil when it is missing or does not read, or names a
    /// path outside the tree (an edited manifest must never make a build delete files elsewhere).
    init?(readingTreeAt root: URL) {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(Self.fileName).path) else { return nil }
        let lines = Array(data).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count >= 4, lines.last?.isEmpty == true,
              let (inputs, count) = Self.readHeader(lines.prefix(3)).map({ ($0.inputs, $0.count) }), lines.count == count + 4 else { return nil }
        var files = FileTable(capacity: count)
        for line in lines[3..<(lines.count - 1)] {
            guard let (digest, path) = Self.entry(line) else { return nil }
            files.set(digest, at: path)
        }
        guard files.count == count else { return nil }
        self.init(inputs: inputs, files: files)
    }

    /// The inputs digest and file count of the tree at `root`, from the manifest's first lines
    /// only (the no-op check reads no more), or nil when there is no readable manifest.
    public static func header(ofTreeAt root: URL) -> Header? {
        let descriptor = open(root.appendingPathComponent(fileName).path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        return readHeader(buffer[..<count].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).prefix(3))
    }

    /// The manifest as it is written, entries sorted by path, handed to `write` in parts of about
    /// `partSize` bytes: for a big site the whole is tens of megabytes, which a build need not
    /// hold at its peak.
    func encode(partSize: Int = 1 << 20, _ write: ([UInt8]) throws -> Void) rethrows {
        var bytes = Array("\(Self.formatLine)\ninputs \(inputs.hex)\nfiles \(files.count)\n".utf8)
        for position in files.sortedPositions() {
            Self.append(files.digest(at: position), files.path(at: position), to: &bytes)
            if bytes.count >= partSize {
                try write(bytes)
                bytes.removeAll(keepingCapacity: true)
            }
        }
        try write(bytes)
    }

    /// Appends the line `<digest> <escaped path>\n`: a file here, and in `PageRecords`.
    static func append(_ digest: ContentDigest, _ path: String, to bytes: inout [UInt8]) {
        digest.appendHex(to: &bytes)
        bytes.append(UInt8(ascii: " "))
        bytes += escaped(path).utf8
        bytes.append(UInt8(ascii: "\n"))
    }

    /// The digest and path of a line `append` wrote (without its line feed); nil when it is not
    /// one, or when the path leaves the tree.
    static func entry(_ line: ArraySlice<UInt8>) -> (digest: ContentDigest, path: String)? {
        let start = line.startIndex
        guard line.count > 33, line[start + 32] == UInt8(ascii: " "), let digest = ContentDigest(hex: line[start..<(start + 32)]),
              let path = unescaped(line[(start + 33)...]), TreeFiles.staysInside(path) else { return nil }
        return (digest, path)
    }

    private static func readHeader(_ lines: some Collection<ArraySlice<UInt8>>) -> Header? {
        let fields = lines.map { String(decoding: $0, as: UTF8.self) }
        guard fields.count == 3, fields[0] == formatLine, fields[1].hasPrefix("inputs "), fields[2].hasPrefix("files "),
              let inputs = ContentDigest(hex: fields[1].utf8.dropFirst(7)), let count = Int(fields[2].dropFirst(6)), count >= 0
        else { return nil }
        return Header(inputs: inputs, count: count)
    }

    /// Its first lines.
    var header: Header {
        Header(inputs: inputs, count: files.count)
    }

    /// `path` with each `%` byte written `%25` and each line feed `%0A`. On bytes: a `%` or a line
    /// feed that starts a grapheme cluster with what follows (`%` and a combining accent, `\r\n`)
    /// is escaped too.
    static func escaped(_ path: String) -> String {
        guard path.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "\n") }) else { return path }
        var bytes: [UInt8] = []
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"): bytes += "%25".utf8
            case UInt8(ascii: "\n"): bytes += "%0A".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The path `escaped` wrote as `bytes`; nil for any other `%` sequence or bytes that are not UTF-8.
    static func unescaped(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.contains(UInt8(ascii: "%")) else { return String(validating: bytes, as: UTF8.self) }
        var path: [UInt8] = []
        var rest = bytes[...]
        while let byte = rest.popFirst() {
            guard byte == UInt8(ascii: "%") else { path.append(byte); continue }
            switch (rest.popFirst(), rest.popFirst()) {
            case (UInt8(ascii: "2"), UInt8(ascii: "5")): path.append(UInt8(ascii: "%"))
            case (UInt8(ascii: "0"), UInt8(ascii: "A")): path.append(UInt8(ascii: "\n"))
            default: return nil
            }
        }
        return String(validating: path, as: UTF8.self)
    }
}
