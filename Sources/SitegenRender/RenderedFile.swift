import SitegenSupport

/// One output file of the rendered site.
public struct RenderedFile: Sendable {
    /// Relative to the output root, "/"-separated, e.g. `papers/mistral-7b/index.html`.
    public let path: String
    public let contents: [UInt8]
    /// The digest of `contents`, made with them: on the core that rendered the file, not on the
    /// one thread that writes every file.
    public let digest: ContentDigest

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
        digest = ContentDigest(of: contents)
    }
}

extension RenderedFile {
    /// A text file, UTF-8.
    init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}

/// An output file too big to hold whole (the JSON API at 100,000 profiles is gigabytes): `write`
/// hands its bytes, in order and in parts, to the function it is given, on the thread that writes.
public struct StreamedFile: Sendable {
    /// Relative to the output root, like `RenderedFile.path`.
    public let path: String
    public let write: @Sendable (_ append: ([UInt8]) throws -> Void) throws -> Void

    /// Files bigger than this (bytes) go to the writer in parts; smaller ones whole.
    static let streamingThreshold = 4 << 20

    /// The file whole, its parts joined.
    func joined() -> RenderedFile {
        var bytes: [UInt8] = []
        // `append` never throws here, so neither does `write`.
        try! write { bytes += $0 }
        return RenderedFile(path: path, contents: bytes)
    }

    /// Streamed when `size` (bytes) is over `streamingThreshold`, else joined now: a whole file is
    /// digested before it is written, so an unchanged one is not written at all.
    func output(size: Int, streamingThreshold: Int = streamingThreshold) -> OutputFile {
        size > streamingThreshold ? .streamed(self) : .whole(joined())
    }
}

/// A file as the render pipeline hands it to the writer.
enum OutputFile: Sendable {
    case whole(RenderedFile)
    case streamed(StreamedFile)
}
