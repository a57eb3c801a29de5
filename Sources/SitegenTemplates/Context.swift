import Foundation

/// A Mustache context: names and values, written as a dictionary literal
/// (`["title": paper.title, "year": 2024]`).
///
/// Not a `Dictionary` on purpose: a page builds thousands of these and the renderer looks each
/// name up a few times, so hashing every name twice cost more than everything else in a context.
/// Here building is one array and a lookup compares names from the end (most contexts hold a few
/// names, and names of up to 15 bytes compare as two machine words). A name given twice means
/// its last value (`merging` appends).
public struct Context: ExpressibleByDictionaryLiteral, @unchecked Sendable {
    /// One name and its value, sorted by type once (`ContextValue`).
    struct Entry {
        let name: String
        let key: NameKey
        var value: ContextValue

        init(name: String, value: Any) {
            self.name = name
            key = NameKey(name)
            self.value = ContextValue(value)
        }
    }

    /// In the order given; for a name given twice, the last one counts.
    private(set) var entries: [Entry]

    public init(dictionaryLiteral elements: (String, Any)...) {
        // A loop over positions rather than `map`: each element is read in place, not copied
        // (copying an `Any` goes through its type's witnesses, and was most of the cost here).
        entries = []
        entries.reserveCapacity(elements.count)
        for position in elements.indices {
            entries.append(Entry(name: elements[position].0, value: elements[position].1))
        }
    }

    /// The same names and values as `dictionary`, in sorted order (only tests and unusual values
    /// build contexts from dictionaries).
    init(_ dictionary: [String: Any]) {
        entries = dictionary.sorted { $0.key < $1.key }.map { Entry(name: $0.key, value: $0.value) }
    }

    /// The value of `name`; setting it replaces that value, or adds the name at the end.
    public subscript(name: String) -> Any? {
        get { value(named: name, key: NameKey(name))?.given }
        set {
            let key = NameKey(name)
            guard let newValue else {
                entries.removeAll { $0.key == key && $0.name == name }
                return
            }
            if let position = position(of: name, key: key) {
                entries[position].value = ContextValue(newValue)
            } else {
                entries.append(Entry(name: name, value: newValue))
            }
        }
    }

    /// The value of `name`, whose key is `key` (templates work keys out once).
    func value(named name: String, key: NameKey) -> ContextValue? {
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

    /// The context as a dictionary, as swift-mustache takes it (nested contexts converted too):
    /// for its printing of a dictionary, and for tests that render with swift-mustache.
    var dictionary: [String: Any] {
        var dictionary: [String: Any] = [:]
        for entry in entries { dictionary[entry.name] = entry.value.plain }
        return dictionary
    }

    /// How many different names it has.
    var count: Int { Set(entries.lazy.map(\.name)).count }
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

/// A key whose value is absent. Surprising but needed: a key that is simply missing makes Mustache
/// look it up in the enclosing contexts (a paper's `date` would find nothing, but an author's missing
/// `href` would find the page's); `NSNull` stops that search and counts as false in `{{#key}}`.
public func orNull(_ value: Any?) -> Any {
    value ?? NSNull()
}
