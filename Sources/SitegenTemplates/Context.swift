/// What a template is rendered with: names and their values, written as a dictionary literal
/// (`["title": .text(paper.title), "year": 2024, "isOwner": .flag(author.isOwner)]`).
///
/// Not a `Dictionary` on purpose: a page builds thousands of these and the renderer looks each
/// name up a few times, so hashing every name twice cost more than everything else in a context.
/// Here building keeps the literal's array, each name with its hash (`ContextName`): one
/// allocation per context; a lookup compares hashes from the end (most contexts hold a few
/// names), after a 64-bit summary of the names it holds (`ContextName.bit`) rules most misses
/// out at once: a name used deep in a page is looked for in every context above it first. A name
/// given twice means its last value (`merging` appends).
public struct Context: ExpressibleByDictionaryLiteral, Equatable, Sendable {
    /// Each name and its value, in the order given; for a name given twice, the last one counts.
    /// The array a literal is given as, kept as it is: copying it into entries of another type
    /// retained and released every name and value of every context a page builds.
    private var entries: [(ContextName, TemplateValue)]
    /// The `bit` of every name in `entries`, or-ed.
    private var nameBits: UInt64

    public init(dictionaryLiteral elements: (ContextName, TemplateValue)...) {
        self.init(elements)
    }

    /// The names and values of a literal, in order.
    init(_ elements: [(ContextName, TemplateValue)]) {
        entries = elements
        nameBits = elements.reduce(0) { $0 | $1.0.bit }
    }

    /// The value of `name`; setting it replaces that value, or adds the name at the end.
    public subscript(name: ContextName) -> TemplateValue? {
        get { value(named: name) }
        set {
            guard let newValue else {
                while let position = position(of: name) { entries.remove(at: position) }
                nameBits = entries.reduce(0) { $0 | $1.0.bit }
                return
            }
            if let position = position(of: name) {
                entries[position].1 = newValue
            } else {
                entries.append((name, newValue))
                nameBits |= name.bit
            }
        }
    }

    /// The value of `name`.
    func value(named name: ContextName) -> TemplateValue? {
        position(of: name).map { entries[$0].1 }
    }

    private func position(of name: ContextName) -> Int? {
        guard nameBits & name.bit != 0 else { return nil }
        return entries.withUnsafeBufferPointer { entries in
            var position = entries.count - 1
            while position >= 0 {
                if entries[position].0 == name { return position }
                position -= 1
            }
            return nil
        }
    }

    /// These names and `other`'s; `other`'s values win where both have a name.
    public func merging(_ other: Context) -> Context {
        var merged = self
        merged.entries += other.entries
        merged.nameBits |= other.nameBits
        return merged
    }

    /// Each name once, with its value (the last given), in the order the names first came.
    var values: [(name: String, value: TemplateValue)] {
        entries.indices.compactMap { position in
            let (name, value) = entries[position]
            let isFirst = !(0..<position).contains { entries[$0].0 == name }
            return isFirst ? (name.name, self.value(named: name) ?? value) : nil
        }
    }

    /// Whether it has no names.
    var isEmpty: Bool { entries.isEmpty }

    public static func == (lhs: Context, rhs: Context) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.0 == $1.0 && $0.1 == $1.1 }
    }
}
