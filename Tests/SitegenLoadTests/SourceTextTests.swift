@testable import SitegenLoad
import SitegenTestSupport
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
        [0xED, 0xA0, 0x80], Array("Attention Is All You Need".utf8), Array("Gómez-Ruiz and Łukasz".utf8),
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

    /// The lines of a page as they are defined: cut at every CR, LF and CRLF, a leading
    /// byte-order mark dropped, each line cleaned (`SourceText.clean`) as a whole.
    static func definedLines(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var (lines, current, index) = ([String](), String.UnicodeScalarView(), 0)
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r" || scalar == "\n" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
                index += scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" ? 2 : 1
            } else {
                current.append(scalar)
                index += 1
            }
        }
        lines.append(String(current))
        return lines.enumerated().map { number, line in
            var text = Substring(line)
            if number == 0, text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
            return SourceText.clean(text)
        }
    }

    @Test func linesAreTheDefinedLinesOfTheText() {
        var generator = SplitMix(state: 7)
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...16, using: &generator)).flatMap { _ in Self.pieces.randomElement(using: &generator)! }
            guard let text = String(validating: bytes, as: UTF8.self) else { continue }
            let read = bytes.withUnsafeBufferPointer(SourceText.init(utf8:))
            #expect(read?.lines.map(\.text) == Self.definedLines(text), "\(bytes)")
        }
    }

    @Test func eightBytesAtATimeFindEveryByteOtherThanPrintableASCII() {
        var generator = SplitMix(state: 8)
        for _ in 0..<100_000 {
            var bytes = (0..<8).map { _ in UInt8.random(in: 0x20...0x7E, using: &generator) }
            if Bool.random(using: &generator) { bytes[Int.random(in: 0..<8, using: &generator)] = UInt8.random(in: 0...255, using: &generator) }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(SourceText.hasOtherThanPrintableASCII(word) == bytes.contains { $0 < 0x20 || $0 >= 0x7F }, "\(bytes)")
        }
    }
}
