import Foundation

// Writes `BuiltInThemeFiles.swift`: every regular file below the theme folder (argument 1), dot-files
// left out, as a path and its bytes in Base64, sorted by path so the output is the same on every run.
// The plugin `EmbedTheme` runs it when sitegen is compiled; `BuiltInTheme` decodes the bytes.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: EmbedThemeTool THEME-FOLDER OUTPUT-SWIFT-FILE\n".utf8))
    exit(64)
}
let folder = URL(fileURLWithPath: arguments[1])
var entries: [(path: String, base64: String)] = []
for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? FileManager.DirectoryEnumerator() {
    guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
    let file = folder.appendingPathComponent(path)
    guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
    guard let bytes = FileManager.default.contents(atPath: file.path) else {
        FileHandle.standardError.write(Data("\(file.path): error: cannot read this theme file\n".utf8))
        exit(1)
    }
    entries.append((path, bytes.base64EncodedString()))
}
entries.sort { $0.path < $1.path }
var swift = "// Generated from Templates/ by EmbedThemeTool when sitegen is compiled; do not edit.\n\n"
swift += "extension BuiltInTheme {\n    /// Path below the theme folder and the file's bytes in Base64, sorted by path.\n"
swift += "    static let encodedFiles: [(path: String, base64: String)] = [\n"
for entry in entries {
    let path = entry.path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    swift += "        (\"\(path)\", \"\(entry.base64)\"),\n"
}
swift += "    ]\n}\n"
do {
    try Data(swift.utf8).write(to: URL(fileURLWithPath: arguments[2]), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("\(arguments[2]): error: cannot write: \(error)\n".utf8))
    exit(1)
}
