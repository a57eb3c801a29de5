import Foundation
import SitegenSupport
import Testing

/// Digests are XXH3's 128 bits, the same whole or in parts, and read back from their hex.
@Suite struct ContentDigestTests {
    @Test func isXXH3Of128Bits() {
        // What `xxh128sum` (Debian's xxhash 0.8.1) prints for "abc", for nothing and for 300 bytes.
        #expect(ContentDigest(of: Array("abc".utf8)).hex == "06b05ab6733a618578af5f94892f3950")
        #expect(ContentDigest(of: [UInt8]()).hex == "99aa06d3014798d86001c324468d497f")
        #expect(ContentDigest(of: Array("abc".utf8)[...]).hex == "06b05ab6733a618578af5f94892f3950")
        #expect(ContentDigest(of: Self.long).hex == "55dbf83207efb80dfd9aa0f0d62e0227")
        var line = Array("x ".utf8)
        ContentDigest(of: Array("abc".utf8)).appendHex(to: &line)
        #expect(String(decoding: line, as: UTF8.self) == "x 06b05ab6733a618578af5f94892f3950")
    }

    /// 300 bytes: past the lengths XXH3 reads in one go, so its long-input path counts too.
    static let long = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }

    @Test func partsGiveTheDigestOfTheWhole() {
        let text = Array("The same paper, seen on several pages, is one paper.".utf8)
        let parts = ContentDigest.Parts()
        parts.add(Array(text[..<7]))
        parts.add([])
        parts.add(Array(text[7...]))
        #expect(parts.digest() == ContentDigest(of: text))
        let longParts = ContentDigest.Parts()
        for start in stride(from: 0, to: Self.long.count, by: 97) {
            longParts.add(Array(Self.long[start..<min(start + 97, Self.long.count)]))
        }
        #expect(longParts.digest() == ContentDigest(of: Self.long))
    }

    @Test func hexReadsBackAndRefusesAnythingElse() {
        let digest = ContentDigest(of: Array("x".utf8))
        #expect(ContentDigest(hex: Array(digest.hex.utf8)) == digest)
        #expect(ContentDigest(hex: Array(digest.hex.uppercased().utf8)) == nil)
        #expect(ContentDigest(hex: Array(digest.hex.dropLast().utf8)) == nil)
        #expect(ContentDigest(hex: Array((digest.hex.dropLast() + "g").utf8)) == nil)
    }
}
