@testable import SitegenLoad
import Testing

/// A page's UTF-8 bytes cut into lines as they are validated (`SourceText(utf8:)`) give the lines
/// of the page decoded whole first, and nothing when they are not valid UTF-8.
@Suite struct SourceTextTests {
    /// Pieces of captured text: ASCII, spaces of every kind, line breaks, a byte-order mark,
    /// accents, marks, controls, and bytes that are no UTF-8 or cut a scalar short.
    static let pieces: [[UInt8]] = [
        Array("Ann Lee".utf8), Array(" ".utf8), Array("  ".utf8), [0x0A], [0x0D], [0x0D, 0x0A], [0xEF, 0xBB, 0xBF],
        Array("Gómez".utf8), Array("\u{00A0}".utf8), Array("\u{2009}".utf8), Array("\u{3000}".utf8), Array("e\u{301}".utf8),
        Array("\u{301}".utf8), Array("\u{200B}".utf8), Array("\u{202E}".utf8), Array("\u{85}".utf8), [0x09], [0x00], [0x7F],
        Array("·".utf8), Array("😀".utf8), Array("\u{1680}".utf8), [0x80], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xFF], [0xC0, 0xAF],
        [0xED, 0xA0, 0x80],
    ]

    @Test func bytesCutAsTheyAreValidatedReadAsDecodedText() {
        var generator = SystemRandomNumberGenerator()
        var (valid, invalid) = (0, 0)
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...12, using: &generator)).flatMap { _ in Self.pieces.randomElement(using: &generator)! }
            let read = bytes.withUnsafeBufferPointer(SourceText.init(utf8:))
            if let text = String(validating: bytes, as: UTF8.self) {
                valid += 1
                #expect(read?.lines == SourceText(text).lines, "\(bytes)")
            } else {
                invalid += 1
                #expect(read == nil, "\(bytes)")
            }
        }
        #expect(valid > 1_000 && invalid > 1_000)
    }
}
