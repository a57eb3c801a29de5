/// What a template is rendered with: names and their values, written as a dictionary literal
/// (`["title": .text(paper.title), "year": 2024, "isOwner": .flag(author.isOwner)]`).
///
/// Not a `Dictionary` on purpose: a page builds thousands of these and the renderer looks each
/// name up a few times, so hashing every name twice cost more than everything else in a context.
/// Here building keeps the literal's array and adds one of keys, and a lookup compares keys from
/// the end (most contexts hold a few names). A name given twice means
/// its last value (`merging` appends).
public struct Context: ExpressibleByDictionaryLiteral, Equatable, Sendable {
    /// Each name and its value, in the order given; for a name given twice, the last one counts.
    /// The array a literal is given as, kept as it is: copying it into entries of another type
    /// retained and released every name and value of every context a page builds.
    private var entries: [(String, TemplateValue)]
    /// The key of each name of `entries`, at the same position.
    private var keys: [NameKey]

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(elements)
    }

    /// The names and values of a literal, in order.
    init(_ elements: [(String, TemplateValue)]) {
        entries = elements
        keys = elements.map { NameKey($0.0) }
    }

    /// The value of `name`; setting it replaces that value, or adds the name at the end.
    public subscript(name: String) -> TemplateValue? {
        get { value(named: name, key: NameKey(name)) }
        set {
            let key = NameKey(name)
            guard let newValue else {
                while let position = position(of: name, key: key) {
                    entries.remove(at: position)
                    keys.remove(at: position)
                }
                return
            }
            if let position = position(of: name, key: key) {
                entries[position].1 = newValue
            } else {
                entries.append((name, newValue))
                keys.append(key)
            }
        }
    }

    /// The value of `name`, whose key is `key` (templates work keys out once).
    func value(named name: String, key: NameKey) -> TemplateValue? {
        position(of: name, key: key).map { entries[$0].1 }
    }

    private func position(of name: String, key: NameKey) -> Int? {
        var position = keys.count - 1
        while position >= 0 {
            if keys[position] == key && entries[position].0 == name { return position }
            position -= 1
        }
        return nil
    }

    /// These names and `other`'s; `other`'s values win where both have a name.
    public func merging(_ other: Context) -> Context {
        var merged = self
        merged.entries += other.entries
        merged.keys += other.keys
        return merged
    }

    /// Each name once, with its value (the last given), in the order the names first came.
    var values: [(name: String, value: TemplateValue)] {
        entries.indices.compactMap { position in
            let (name, value) = entries[position]
            let isFirst = !(0..<position).contains { keys[$0] == keys[position] && entries[$0].0 == name }
            return isFirst ? (name, self.value(named: name, key: keys[position]) ?? value) : nil
        }
    }

    /// Whether it has no names.
    var isEmpty: Bool { entries.isEmpty }

    public static func == (lhs: Context, rhs: Context) -> Bool {
        lhs.keys == rhs.keys && lhs.entries.elementsEqual(rhs.entries) { $0.0 == $1.0 && $0.1 == $1.1 }
    }
}

/// A name's 64-bit hash (FNV-1a over 8-byte words): compared before the name itself, so looking
/// a name up in a context mostly compares integers. Not `Hasher`: seeded per process, and far
/// slower for names this short.
struct NameKey: Equatable, Sendable {
    let value: UInt64

    init(_ name: String) {
        var name = name
        value = name.withUTF8 { bytes in
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
}
