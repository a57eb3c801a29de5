import Foundation

/// The files of a built site, as paths relative to its root (`papers/x/index.html`).
struct SiteTree: Sendable {
    let root: URL
    /// Every regular file below the root.
    let files: Set<String>
    /// Every folder below the root (not the root itself).
    let folders: Set<String>

    /// Lists `root`; throws when it is not a readable folder.
    init(root: URL, fileManager: FileManager = .default) throws(CheckError) {
        self.root = root.standardizedFileURL
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: self.root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .unreadableOutput(self.root.path)
        }
        var files: Set<String> = []
        var folders: Set<String> = []
        Self.list(self.root.path, prefix: "", files: &files, folders: &folders)
        self.files = files
        self.folders = folders
    }

    /// Lists a folder with `readdir`, whose entry types spare a `stat` per file (FileManager's
    /// enumerator with attributes took a sixth of the check). Symbolic links count as files;
    /// file systems that give no entry type get a `stat`.
    private static func list(_ path: String, prefix: String, files: inout Set<String>, folders: inout Set<String>) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            let relative = prefix + name
            let type = entry.pointee.d_type
            var isFolder: ObjCBool = false
            if type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN)
                && FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder) && isFolder.boolValue) {
                folders.insert(relative)
                list(path + "/" + name, prefix: relative + "/", files: &files, folders: &folders)
            } else {
                files.insert(relative)
            }
        }
    }

    /// The HTML pages, sorted.
    var pages: [String] { files.filter { $0.hasSuffix(".html") }.sorted() }

    /// The file a site path names: itself, or the `index.html` of a folder; nil when neither exists.
    func file(at path: String) -> String? {
        if path.isEmpty || path.hasSuffix("/") || folders.contains(path) {
            let index = (path.isEmpty || path.hasSuffix("/") ? path : path + "/") + "index.html"
            return files.contains(index) ? index : nil
        }
        return files.contains(path) ? path : nil
    }

    func bytes(of path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map(Array.init)
    }
}
