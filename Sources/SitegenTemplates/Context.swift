/// What a template is rendered with: names and their values, written as a dictionary literal
/// (`["title": .text(paper.title), "year": 2024, "isOwner": .flag(author.isOwner)]`).
///
/// Not a `Dictionary` on purpose: a page builds thousands of these and the renderer looks each
/// name up a few times, so hashing every name twice cost more than everything else in a context.
/// Here building is one array and a lookup compares names from the end (most contexts hold a few
/// names, and names of up to 15 bytes compare as two machine words). A name given twice means
/// its last value (`merging` appends).
public struct Context: ExpressibleByDictionaryLiteral, Equatable, Sendable {
    /// One name, its key and its value.
    struct Entry: Equatable, Sendable {
        let name: String
        let key: NameKey
        var value: TemplateValue
    }

    /// In the order given; for a name given twice, the last one counts.
    private(set) var entries: [Entry]

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(elements)
    }

    /// The names and values of a literal, in order.
    init(_ elements: [(String, TemplateValue)]) {
        entries = elements.map { Entry(name: $0.0, key: NameKey($0.0), value: $0.1) }
    }

    /// The value of `name`; setting it replaces that value, or adds the name at the end.
    public subscript(name: String) -> TemplateValue? {
        get { value(named: name, key: NameKey(name)) }
        set {
            let key = NameKey(name)
            guard let newValue else {
                entries.removeAll { $0.key == key && $0.name == name }
                return
            }
            if let position = position(of: name, key: key) {
                entries[position].value = newValue
            } else {
                entries.append(Entry(name: name, key: key, value: newValue))
            }
        }
    }

    /// The value of `name`, whose key is `key` (templates work keys out once).
    func value(named name: String, key: NameKey) -> TemplateValue? {
        position(of: name, key: key).map { entries[$0].value }
    }

    private func position(of name: String, key: NameKey) -> Int? {
        var position = entries.count - 1
        while position >= 0 {
            if entries[position].key == key && entries[position].name == name { return position }
            position -= 1
        }
        return nil
    }

    /// These names and `other`'s; `other`'s values win where both have a name.
    public func merging(_ other: Context) -> Context {
        var merged = self
        merged.entries += other.entries
        return merged
    }

    /// Each name once, with its value (the last given), in the order the names first came.
    var values: [(name: String, value: TemplateValue)] {
        entries.indices.compactMap { position in
            let entry = entries[position]
            guard !entries[..<position].contains(where: { $0.key == entry.key && $0.name == entry.name }) else { return nil }
            return (entry.name, value(named: entry.name, key: entry.key) ?? entry.value)
        }
    }

    /// Whether it has no names.
    var isEmpty: Bool { entries.isEmpty }
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
