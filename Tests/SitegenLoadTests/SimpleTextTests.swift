@testable import SitegenLoad
import SitegenTestSupport
import Testing

/// Whether text is simple (`SimpleText.isSimple`), read where its bytes are with ASCII passed over
/// eight bytes at a time, is what reading its bytes one by one says, over many random strings and
/// their tails whose ASCII runs end anywhere around the eight-byte steps.
@Suite struct SimpleTextTests {
    /// ASCII runs of every length up to seventeen, CR, and scalars simple and not, of every length in UTF-8.
    static let pieces = (0...17).map { String(repeating: "a", count: $0) }
        + ["\r", "\r\n", "\n", " ", "é", "·", "\u{A0}", "\u{AD}", "\u{9F}", "ȿ", "ɏ", "ɐ", "–", "…", "\u{2028}", "€", "\u{301}", "😀", "ŉ"]

    @Test func eightBytesAtATimeReadsAsByteByByte() {
        var generator = SplitMix(state: 23)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect(SimpleText.isSimple(text) == SimpleText.isSimple(bytes: Array(text.utf8)), "\(Array(text.utf8))")
            let tail = text.dropFirst(Int.random(in: 0...3, using: &generator))
            #expect(SimpleText.isSimple(tail) == SimpleText.isSimple(bytes: Array(tail.utf8)), "\(Array(tail.utf8))")
        }
    }
}
