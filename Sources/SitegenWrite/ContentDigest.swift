import Crypto
import Foundation

/// The first 128 bits of SHA-256 of some bytes: how the output manifest tells whether a file
/// changed, and how the inputs are summed up. Half the digest keeps the manifest short; an
/// accidental collision stays far out of reach.
struct ContentDigest: Hashable, Sendable {
    let high: UInt64
    let low: UInt64

    init(of bytes: some DataProtocol) {
        self.init(SHA256.hash(data: bytes))
    }

    private init(_ digest: SHA256.Digest) {
        (high, low) = digest.withUnsafeBytes { ($0.loadUnaligned(as: UInt64.self).bigEndian,
                                                $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self).bigEndian) }
    }

    /// The digest of bytes that come in parts: the same as `init(of:)` of all of them at once.
    struct Parts {
        private var hash = SHA256()

        mutating func add(_ bytes: [UInt8]) {
            hash.update(data: bytes)
        }

        func digest() -> ContentDigest {
            ContentDigest(hash.finalize())
        }
    }

    /// Reads the 32 lower-case hex digits `hex` writes; nil for anything else.
    init?(hex: some Collection<UInt8>) {
        guard hex.count == 32 else { return nil }
        var (high, low): (UInt64, UInt64) = (0, 0)
        for (index, character) in hex.enumerated() {
            let value: UInt8
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = character - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = character - UInt8(ascii: "a") + 10
            default: return nil
            }
            if index < 16 { high = high << 4 | UInt64(value) } else { low = low << 4 | UInt64(value) }
        }
        (self.high, self.low) = (high, low)
    }

    private static let digits = Array("0123456789abcdef".utf8)

    /// 32 lower-case hex digits: the start of what `sha256sum` prints for the same bytes.
    var hex: String {
        String(unsafeUninitializedCapacity: 32) { buffer in
            for (offset, word) in [high, low].enumerated() {
                for nibble in 0..<16 {
                    buffer[offset * 16 + nibble] = Self.digits[Int(word >> UInt64(60 - 4 * nibble) & 0xf)]
                }
            }
            return 32
        }
    }
}
