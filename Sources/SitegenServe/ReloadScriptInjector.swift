/// Puts `ReloadScript.tag` before the last `</body` (any case) of a page that arrives in parts,
/// or after its end when it has none. Only what may have to follow the script is held back: from
/// the last `</body` seen on, or the end of a part that may begin one.
struct ReloadScriptInjector {
    private static let closing = Array("</body".utf8)
    static let tag = Array(ReloadScript.tag.utf8)
    /// Bytes not passed on yet: the last `</body` seen and what followed it, or the start of one.
    private var held: [UInt8] = []
    /// Whether `held` starts with a whole `</body`.
    private var holdsClosing = false

    /// The bytes of the page so far that can be sent now.
    mutating func pass(_ part: some Collection<UInt8>) -> [UInt8] {
        let searchFrom = max(held.count - Self.closing.count + 1, 0)
        held += part
        let keepFrom: Int
        if let last = Self.lastClosing(in: held, from: searchFrom) {
            (keepFrom, holdsClosing) = (last, true)
        } else if holdsClosing {
            return []
        } else {
            keepFrom = held.count - Self.openingSuffixLength(of: held)
        }
        let ready = Array(held[..<keepFrom])
        held.removeFirst(keepFrom)
        return ready
    }

    /// The rest of the page, with the script in its place.
    mutating func finish() -> [UInt8] {
        defer { (held, holdsClosing) = ([], false) }
        return holdsClosing ? Self.tag + held : held + Self.tag
    }

    /// The start of the last `</body` in `bytes` that starts at `start` or later.
    private static func lastClosing(in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= closing.count, start <= bytes.count - closing.count else { return nil }
        return (start...(bytes.count - closing.count)).last { matches(bytes, at: $0, length: closing.count) }
    }

    /// The length of the longest end of `bytes` that begins a `</body`.
    private static func openingSuffixLength(of bytes: [UInt8]) -> Int {
        (1..<closing.count).reversed().first { length in
            length <= bytes.count && matches(bytes, at: bytes.count - length, length: length)
        } ?? 0
    }

    private static func matches(_ bytes: [UInt8], at start: Int, length: Int) -> Bool {
        zip(bytes[start..<(start + length)], closing).allSatisfy { lowercased($0) == $1 }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
