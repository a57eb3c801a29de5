/// A fixed list of lower-case ASCII words (`PersonName.groupWords`, `particles`), looked up by
/// bytes: a few comparisons of short byte strings, where a `Set<String>` would hash a `String`
/// made for the purpose.
struct ASCIIWordList {
    /// The words by length, as bytes.
    private let byLength: [[[UInt8]]]

    init(_ words: some Sequence<String>) {
        var byLength: [[[UInt8]]] = []
        for word in words {
            precondition(word.utf8.allSatisfy { $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) })
            while byLength.count <= word.utf8.count { byLength.append([]) }
            byLength[word.utf8.count].append(Array(word.utf8))
        }
        self.byLength = byLength
    }

    /// Whether `bytes` are one of the words.
    func contains(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.count < byLength.count else { return false }
        return byLength[bytes.count].contains { $0.elementsEqual(bytes) }
    }

    /// Whether `bytes`, with `A`–`Z` read as `a`–`z`, is one of the words.
    func containsLowercased(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.count < byLength.count else { return false }
        return byLength[bytes.count].contains { word in
            word.elementsEqual(bytes.lazy.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 + 32 : $0 })
        }
    }
}
