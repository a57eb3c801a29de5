import SitegenSupport
import SitegenTestSupport
import Testing

/// The eight-bytes-at-once tests (`EightBytes`) say what looking at the eight bytes one by one says.
@Suite struct EightBytesTests {
    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    /// Every byte value at every position, among bytes that are not it.
    @Test func everyByteIsFoundAtEveryPosition() {
        for byte in 0...255 {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: byte == 0x61 ? 0x62 : 0x61, count: 8)
                bytes[position] = UInt8(byte)
                #expect(EightBytes.contains(UInt8(byte), in: Self.word(bytes)))
                #expect(!EightBytes.contains(UInt8(byte), in: Self.word([UInt8](repeating: byte == 0x61 ? 0x62 : 0x61, count: 8))))
            }
        }
    }

    /// Random words: `contains` for any byte, `hasByte(below:)` for words of ASCII (where it is
    /// exact) and, on any word, never missing a byte below the bound.
    @Test func randomWordsReadAsTheirBytes() {
        var generator = SplitMix(state: 41)
        for _ in 0..<50_000 {
            let bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let ascii = bytes.map { $0 & 0x7F }
            let byte = Bool.random(using: &generator) ? bytes[Int.random(in: 0..<8, using: &generator)] : UInt8.random(in: 0...255, using: &generator)
            let bound = UInt8.random(in: 0...0x80, using: &generator)
            #expect(EightBytes.contains(byte, in: Self.word(bytes)) == bytes.contains(byte))
            #expect(EightBytes.hasNonASCII(Self.word(bytes)) == bytes.contains { $0 >= 0x80 })
            #expect(EightBytes.hasByte(below: bound, in: Self.word(ascii)) == ascii.contains { $0 < bound })
            if bytes.contains(where: { $0 < bound }) { #expect(EightBytes.hasByte(below: bound, in: Self.word(bytes))) }
        }
    }
}
