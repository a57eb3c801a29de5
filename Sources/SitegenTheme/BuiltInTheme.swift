import Foundation

/// The default theme, built into the binary from the project's `Templates/` (plugin `EmbedTheme`),
/// so `sitegen build` needs no templates folder; a `Templates/` folder's files take the place of the
/// built-in files of the same path, as a Hugo or Zola project's templates override its theme's.
public enum BuiltInTheme {
    /// The folder below the theme that is copied into the site as it is.
    public static let assetsFolder = "assets"

    /// Every file of the theme: its path below the theme folder (`paper.mustache`,
    /// `partials/byline.mustache`, `assets/style.css`, `README.md`) and its bytes, sorted by path.
    public static let files: [(path: String, bytes: [UInt8])] = encodedFiles.map { entry in
        guard let data = Data(base64Encoded: entry.base64) else {
            preconditionFailure("the built-in theme file \(entry.path) was embedded as invalid Base64")
        }
        return (entry.path, Array(data))
    }

    /// Template name (path without `.mustache`: `paper`, `partials/byline`) → text, as read from a folder.
    public static let templates: [String: String] = Dictionary(uniqueKeysWithValues: files.compactMap { file in
        guard file.path.hasSuffix(".mustache") else { return nil }
        return (String(file.path.dropLast(".mustache".count)), String(decoding: file.bytes, as: UTF8.self))
    })

    /// The files of `assets/`, by path below it (`style.css`).
    public static let assets: [(path: String, bytes: [UInt8])] = files.compactMap { file in
        guard file.path.hasPrefix(assetsFolder + "/") else { return nil }
        return (String(file.path.dropFirst(assetsFolder.count + 1)), file.bytes)
    }
}
