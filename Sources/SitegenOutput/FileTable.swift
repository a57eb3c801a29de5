import SitegenSupport
#if canImport(Glibc)
import Glibc
#endif

/// Relative paths with a digest each, packed for trees of hundreds of thousands of files: the
/// paths' bytes in one array, a hash index of positions beside it. A path costs its bytes and
/// about thirty more, where a dictionary of strings cost two hundred. Positions follow the order
/// paths were first set; a removed path keeps its position, marked.
struct FileTable: Sendable {
    /// Every path's UTF-8 bytes, one after the other; path `i` ends at `ends[i]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var digests: [ContentDigest] = []
    /// Empty until a path is removed; then true at each removed position.
    private var removed: [Bool] = []
    private var removedCount = 0
    /// Open addressing: a position plus one, or 0 for an empty slot; a power of two long, at most
    /// half full.
    private var slots: [Int32] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity * 48)
        ends.reserveCapacity(capacity)
        digests.reserveCapacity(capacity)
        slots = [Int32](repeating: 0, count: Self.slotCount(for: capacity))
    }

    /// How many paths it holds (removed ones not counted).
    var count: Int { ends.count - removedCount }

    /// How many positions there are, removed ones included.
    var positions: Range<Int> { 0..<ends.count }

    subscript(path: String) -> ContentDigest? {
        position(of: path).map { digests[$0] }
    }

    func path(at position: Int) -> String {
        String(decoding: pathBytes(at: position), as: UTF8.self)
    }

    func digest(at position: Int) -> ContentDigest {
        digests[position]
    }

    func isRemoved(at position: Int) -> Bool {
        !removed.isEmpty && removed[position]
    }

    /// The position of `path`, unless absent or removed.
    func position(of path: String) -> Int? {
        var path = path
        return path.withUTF8(position(ofUTF8:))
    }

    /// The digest of the path at `position` of `other`, if this table holds that path (compared
    /// by bytes: no string is made).
    func digest(ofPathAt position: Int, in other: FileTable) -> ContentDigest? {
        other.pathBytes(at: position).withUnsafeBufferPointer(self.position(ofUTF8:)).map { digests[$0] }
    }

    private func position(ofUTF8 utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        find(utf8, hash: Self.hash(utf8)).position.flatMap { isRemoved(at: $0) ? nil : $0 }
    }

    /// Sets `path`'s digest, adding the path (or taking a removed one back); returns its position.
    @discardableResult
    mutating func set(_ digest: ContentDigest, at path: String) -> Int {
        var path = path
        return path.withUTF8 { set(digest, atUTF8: $0) }
    }

    /// Sets the digest of the path at `position` of `other` (copied by bytes); returns its position here.
    @discardableResult
    mutating func set(_ digest: ContentDigest, atPathAt position: Int, of other: FileTable) -> Int {
        other.pathBytes(at: position).withUnsafeBufferPointer { set(digest, atUTF8: $0) }
    }

    private mutating func set(_ digest: ContentDigest, atUTF8 utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let (found, slot) = find(utf8, hash: Self.hash(utf8))
        if let found {
            digests[found] = digest
            if isRemoved(at: found) {
                removed[found] = false
                removedCount -= 1
            }
            return found
        }
        let position = ends.count
        bytes.append(contentsOf: utf8)
        ends.append(bytes.count)
        digests.append(digest)
        if !removed.isEmpty { removed.append(false) }
        slots[slot] = Int32(position + 1)
        if ends.count * 2 > slots.count { grow() }
        return position
    }

    /// Removes `path`; returns the digest it had, nil when it was absent (or removed already).
    mutating func remove(_ path: String) -> ContentDigest? {
        guard let position = position(of: path) else { return nil }
        if removed.isEmpty { removed = [Bool](repeating: false, count: ends.count) }
        removed[position] = true
        removedCount += 1
        return digests[position]
    }

    /// The positions of the paths held, sorted as `String`'s `<` sorts the paths: by their bytes
    /// when every path is ASCII (the same order, without making strings), else as strings.
    func sortedPositions() -> [Int] {
        let held = positions.filter { !isRemoved(at: $0) }
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return held.sorted { path(at: $0) < path(at: $1) }
        }
        return bytes.withUnsafeBufferPointer { bytes in
            held.sorted { left, right in
                let a = (start: left == 0 ? 0 : ends[left - 1], end: ends[left])
                let b = (start: right == 0 ? 0 : ends[right - 1], end: ends[right])
                let (lengthA, lengthB) = (a.end - a.start, b.end - b.start)
                let order = memcmp(bytes.baseAddress! + a.start, bytes.baseAddress! + b.start, min(lengthA, lengthB))
                return order < 0 || (order == 0 && lengthA < lengthB)
            }
        }
    }

    private func pathBytes(at position: Int) -> ArraySlice<UInt8> {
        bytes[(position == 0 ? 0 : ends[position - 1])..<ends[position]]
    }

    /// The position holding `utf8`, or the empty slot where it would go.
    private func find(_ utf8: UnsafeBufferPointer<UInt8>, hash: Int) -> (position: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if Self.equal(pathBytes(at: position), utf8) { return (position, slot) }
            slot = (slot + 1) & mask
        }
        return (nil, slot)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for position in positions {
            var slot = pathBytes(at: position).withUnsafeBufferPointer(Self.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(position + 1)
        }
    }

    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
        return hasher.finalize()
    }

    private static func slotCount(for capacity: Int) -> Int {
        var count = 16
        while count < capacity * 2 { count *= 2 }
        return count
    }

    private static func equal(_ held: ArraySlice<UInt8>, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        held.count == utf8.count && held.withUnsafeBufferPointer { held in
            held.isEmpty || memcmp(held.baseAddress!, utf8.baseAddress!, held.count) == 0
        }
    }
}

extension FileTable: Equatable {
    /// The same paths with the same digests, whatever their positions.
    static func == (lhs: FileTable, rhs: FileTable) -> Bool {
        lhs.count == rhs.count && lhs.positions.allSatisfy { position in
            lhs.isRemoved(at: position) || rhs[lhs.path(at: position)] == lhs.digests[position]
        }
    }
}
