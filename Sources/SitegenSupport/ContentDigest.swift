import CXXHash

/// The 128-bit XXH3 hash of some bytes: how the output manifest tells whether a file changed, and
/// how the inputs are summed up. Not a cryptographic hash: it tells versions of a file apart, which
/// it does at memory speed, and an accidental collision stays far out of reach.
public struct ContentDigest: Hashable, Sendable {
    public let high: UInt64
    public let low: UInt64

    public init(of bytes: some Collection<UInt8>) {
        let hash = bytes.withContiguousStorageIfAvailable { XXH3_128bits($0.baseAddress, $0.count) }
            ?? Array(bytes).withUnsafeBufferPointer { XXH3_128bits($0.baseAddress, $0.count) }
        (high, low) = (hash.high64, hash.low64)
    }

    /// The digest of bytes that come in parts: the same as `init(of:)` of all of them at once.
    /// A class, as xxHash's running state lives at an address of its own.
    public final class Parts {
        private let state: OpaquePointer

        public init() {
            guard let state = XXH3_createState() else { fatalError("xxHash: out of memory") }
            XXH3_128bits_reset(state)
            self.state = state
        }

        deinit {
            XXH3_freeState(state)
        }

        public func add(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { _ = XXH3_128bits_update(state, $0.baseAddress, $0.count) }
        }

        public func digest() -> ContentDigest {
            let hash = XXH3_128bits_digest(state)
            return ContentDigest(high: hash.high64, low: hash.low64)
        }
    }

    private init(high: UInt64, low: UInt64) {
        (self.high, self.low) = (high, low)
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

    /// 32 lower-case hex digits: what `xxh128sum` prints for the same bytes.
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
