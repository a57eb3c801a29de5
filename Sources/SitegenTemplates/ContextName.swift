/// A name in a context or template with its 64-bit hash (FNV-1a over 8-byte words), worked out
/// once where the name is written: looking a name up compares the hashes first, so it mostly
/// compares integers. Not `Hasher`: seeded per process, and far slower for names this short.
public struct ContextName: Equatable, Sendable, ExpressibleByStringLiteral {
    let name: String
    let key: UInt64
    /// One of 64 bits, chosen by the hash: what a context's summary of its names holds of this one.
    var bit: UInt64 { 1 << (key >> 58) }

    public init(stringLiteral name: String) {
        self.init(name)
    }

    public init(_ name: String) {
        self.name = name
        var bytes = name
        key = bytes.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var offset = 0
            while offset + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01b3
                offset += 8
            }
            var tail: UInt64 = UInt64(raw.count)
            for byte in raw[offset...] { tail = tail << 8 | UInt64(byte) }
            return (hash ^ tail) &* 0x100_0000_01b3
        }
    }

    public static func == (lhs: ContextName, rhs: ContextName) -> Bool {
        lhs.key == rhs.key && lhs.name == rhs.name
    }
}
