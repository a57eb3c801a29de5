import Foundation

// Writes `BuiltInThemeFiles.swift` (argument 2): each file named after it (the plugin `EmbedTheme`
// lists the theme folder's files, argument 1, sorted) as its path below that folder and its bytes
// in Base64. `BuiltInTheme` decodes the bytes.

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: EmbedThemeTool THEME-FOLDER OUTPUT-SWIFT-FILE [FILE...]\n".utf8))
    exit(64)
}
let folder = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path + "/"
var entries: [(path: String, base64: String)] = []
for file in arguments.dropFirst(3) {
    let path = URL(fileURLWithPath: file).standardizedFileURL.path
    guard path.hasPrefix(folder), let bytes = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("\(file): error: cannot read this theme file below \(folder)\n".utf8))
        exit(1)
    }
    entries.append((String(path.dropFirst(folder.count)), bytes.base64EncodedString()))
}
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
