import Crypto
import Foundation

/// The first 128 bits of SHA-256 of some bytes: how the output manifest tells whether a file
/// changed, and how the inputs are summed up. Half the digest keeps the manifest short; an
/// accidental collision stays far out of reach.
public struct ContentDigest: Hashable, Sendable {
    public let high: UInt64
    public let low: UInt64

    public init(of bytes: some DataProtocol) {
        self.init(SHA256.hash(data: bytes))
    }

    private init(_ digest: SHA256.Digest) {
        (high, low) = digest.withUnsafeBytes { ($0.loadUnaligned(as: UInt64.self).bigEndian,
                                                $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self).bigEndian) }
    }

    /// The digest of bytes that come in parts: the same as `init(of:)` of all of them at once.
    public struct Parts: Sendable {
        private var hash = SHA256()

        public init() {}

        public mutating func add(_ bytes: [UInt8]) {
            hash.update(data: bytes)
        }

        public func digest() -> ContentDigest {
            ContentDigest(hash.finalize())
        }
    }

    /// Reads the 32 lower-case hex digits `hex` writes; nil for anything else.
    public init?(hex: some Collection<UInt8>) {
        guard hex.count == 32,
              let words = hex.withContiguousStorageIfAvailable(Self.words) ?? Array(hex).withUnsafeBufferPointer(Self.words)
        else { return nil }
        (high, low) = words
    }

    /// The two words 32 hex digits spell (manifests hold one per file: read from bytes, no generic
    /// iteration); nil when a byte is not a lower-case hex digit.
    private static func words(_ hex: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        var words: (UInt64, UInt64) = (0, 0)
        for position in 0..<32 {
            let character = hex[position]
            let value: UInt8
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = character - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = character - UInt8(ascii: "a") + 10
            default: return nil
            }
            if position < 16 { words.0 = words.0 << 4 | UInt64(value) } else { words.1 = words.1 << 4 | UInt64(value) }
        }
        return words
    }

    private static let digits = Array("0123456789abcdef".utf8)

    /// 32 lower-case hex digits: the start of what `sha256sum` prints for the same bytes.
    public var hex: String {
        String(unsafeUninitializedCapacity: 32) { buffer in
            writeHex(into: buffer)
            return 32
        }
    }

    /// Appends `hex`'s 32 digits to `bytes` (a manifest line each, no string made).
    public func appendHex(to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: 32))
        bytes.withUnsafeMutableBufferPointer { writeHex(into: UnsafeMutableBufferPointer(rebasing: $0[start..<(start + 32)])) }
    }

    private func writeHex(into buffer: UnsafeMutableBufferPointer<UInt8>) {
        for nibble in 0..<16 {
            buffer[nibble] = Self.digits[Int(high >> UInt64(60 - 4 * nibble) & 0xf)]
            buffer[16 + nibble] = Self.digits[Int(low >> UInt64(60 - 4 * nibble) & 0xf)]
        }
    }
}
