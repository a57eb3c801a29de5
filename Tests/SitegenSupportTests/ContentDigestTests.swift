import Foundation
import SitegenSupport
import Testing

/// Digests are SHA-256's first 128 bits, the same whole or in parts, and read back from their hex.
@Suite struct ContentDigestTests {
    @Test func isTheFirstHalfOfSHA256() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223 b00361a396177a9cb410ff61f20015ad
        #expect(ContentDigest(of: Array("abc".utf8)).hex == "ba7816bf8f01cfea414140de5dae2223")
        #expect(ContentDigest(of: [UInt8]()).hex == "e3b0c44298fc1c149afbf4c8996fb924")
        var line = Array("x ".utf8)
        ContentDigest(of: Array("abc".utf8)).appendHex(to: &line)
        #expect(String(decoding: line, as: UTF8.self) == "x ba7816bf8f01cfea414140de5dae2223")
    }

    @Test func partsGiveTheDigestOfTheWhole() {
        let text = Array("The same paper, seen on several pages, is one paper.".utf8)
        var parts = ContentDigest.Parts()
        parts.add(Array(text[..<7]))
        parts.add([])
        parts.add(Array(text[7...]))
        #expect(parts.digest() == ContentDigest(of: text))
    }

    @Test func hexReadsBackAndRefusesAnythingElse() {
        let digest = ContentDigest(of: Array("x".utf8))
        #expect(ContentDigest(hex: Array(digest.hex.utf8)) == digest)
        #expect(ContentDigest(hex: Array(digest.hex.uppercased().utf8)) == nil)
        #expect(ContentDigest(hex: Array(digest.hex.dropLast().utf8)) == nil)
        #expect(ContentDigest(hex: Array((digest.hex.dropLast() + "g").utf8)) == nil)
    }
}
