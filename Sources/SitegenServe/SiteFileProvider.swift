import Foundation
import Hummingbird
#if canImport(Glibc)
import Glibc
#endif

/// The output folder as `FileMiddleware` reads it, never a file outside it: no dot-file or
/// dot-folder (`.sitegen-output`), and a symbolic link only when its real path stays inside the
/// folder. Files are read and sent a part at a time (`FileBody`), so memory does not grow with
/// their size. A page a rebuild built first (`OpenPages`) is sent from memory in place of its file.
struct SiteFileProvider: FileProvider {
    /// What `FileMiddleware` answers from: a folder or a file, its size, and its modification
    /// time to the nanosecond (its `ETag` changes when a file is rewritten within a second).
    struct FileAttributes: FileMiddlewareFileAttributes, Sendable {
        let isFolder: Bool
        let size: Int
        let modificationDate: Date
    }

    /// The full path of a file or folder under `root`.
    typealias FileIdentifier = String

    let root: URL
    let openPages: OpenPages?

    init(root: URL, openPages: OpenPages? = nil) {
        self.root = root
        self.openPages = openPages
    }

    /// `path` is the request's path as `FileMiddleware` decoded it; nil when a segment is hidden.
    func getFileIdentifier(_ path: String) -> String? {
        let segments = path.split(separator: "/")
        guard !segments.contains(where: { $0.hasPrefix(".") }) else { return nil }
        return segments.reduce(root.path) { $0 + "/" + $1 }
    }

    func getAttributes(id path: String) async throws -> FileAttributes? {
        attributes(of: path)
    }

    func loadFile(id path: String, context: some RequestContext) async throws -> ResponseBody {
        try loadFile(id: path, range: 0...Int.max, context: context)
    }

    /// `range` clamped to the file as it is now (`FileMiddleware` read its size a moment ago).
    func loadFile(id path: String, range: ClosedRange<Int>, context: some RequestContext) throws -> ResponseBody {
        if let page = freshPage(at: path) {
            guard range.lowerBound < page.contents.count else { return ResponseBody() }
            return ResponseBody(byteBuffer: ByteBuffer(bytes: page.contents[range.lowerBound...min(range.upperBound, page.contents.count - 1)]))
        }
        guard let size = attributes(of: path)?.size else { throw HTTPError(.notFound) }
        guard size > 0, range.lowerBound < size else { return ResponseBody() }
        return FileBody.make(path: path, range: range.lowerBound...min(range.upperBound, size - 1))
    }

    /// The bytes of the file at request path `path`, read at once (for the site's small 404 page).
    func wholeFile(at path: String) -> [UInt8]? {
        guard let file = regularFile(at: path) else { return nil }
        if let page = freshPage(at: file.path) { return page.contents }
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return Array(data)
    }

    /// The size of the file (not folder) at request path `path`, nil when none is served there.
    func size(ofFileAt path: String) -> Int? {
        regularFile(at: path)?.attributes.size
    }

    /// The full path and attributes of the file at request path `path`, nil for a folder or a miss.
    private func regularFile(at path: String) -> (path: String, attributes: FileAttributes)? {
        guard let file = getFileIdentifier(path), let attributes = attributes(of: file), !attributes.isFolder else { return nil }
        return (file, attributes)
    }

    /// Nil when nothing is at `path`, when it is neither a regular file nor a folder, or when its
    /// real path (links resolved) is not the output folder or inside it.
    private func attributes(of path: String) -> FileAttributes? {
        if let page = freshPage(at: path) { return FileAttributes(isFolder: false, size: page.contents.count, modificationDate: page.built) }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG || kind == S_IFDIR, let real = Self.realPath(path), let realRoot = Self.realPath(root.path),
              real == realRoot || real.hasPrefix(realRoot + "/") else { return nil }
        let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        return FileAttributes(isFolder: kind == S_IFDIR, size: Int(info.st_size), modificationDate: Date(timeIntervalSince1970: modified))
    }

    /// The page `openPages` holds for the full path `path`, if any.
    private func freshPage(at path: String) -> OpenPages.Fresh? {
        guard let openPages, path.hasPrefix(root.path + "/") else { return nil }
        return openPages.page(at: String(path.dropFirst(root.path.count + 1)))
    }

    /// The path with every symbolic link resolved (`realpath(3)`), or nil if it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
