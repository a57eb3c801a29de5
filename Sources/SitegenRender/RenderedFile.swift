/// One output file of the rendered site.
public struct RenderedFile: Sendable {
    /// Relative to the output root, "/"-separated, e.g. `papers/mistral-7b/index.html`.
    public let path: String
    public let contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }
}

extension RenderedFile {
    /// A text file, UTF-8.
    init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}

/// An output file too big to hold whole (the JSON API at 100,000 profiles is gigabytes): `write`
/// hands its bytes, in order and in parts, to the function it is given.
public struct StreamedFile {
    /// Relative to the output root, like `RenderedFile.path`.
    public let path: String
    public let write: (_ append: ([UInt8]) throws -> Void) throws -> Void
}
