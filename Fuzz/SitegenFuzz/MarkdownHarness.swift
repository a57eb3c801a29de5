import SitegenMarkdown

/// Abstracts and titles: the bytes as text (bad UTF-8 repaired, as the loader does) through
/// the block and the inline renderer.
enum MarkdownHarness {
    static let renderer = MarkdownRenderer()

    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = renderer.render(text)
        _ = renderer.renderInline(text)
    }
}
