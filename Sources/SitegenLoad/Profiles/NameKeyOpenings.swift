/// The first bytes of known names' fold keys (`PersonName.foldKey`), for telling from a glued
/// line's bytes that the name at a place is none of them: most places a glued line is tried at
/// open no known name, and are passed over without the name being cut out and folded.
struct NameKeyOpenings {
    /// How many bytes of a key an opening holds.
    static let length = 4
    /// Each key's first `length` bytes, or the whole key when shorter (`code`).
    private var openings: Set<UInt64> = []

    init(_ keys: some Sequence<String>) {
        for key in keys {
            var (code, count) = (UInt64(0), 0)
            for byte in key.utf8.prefix(Self.length) { (code, count) = (code << 8 | UInt64(byte), count + 1) }
            openings.insert(Self.code(code, count: count))
        }
    }

    /// Bytes packed with their count, so that `a` and `a` followed by a zero byte differ.
    private static func code(_ bytes: UInt64, count: Int) -> UInt64 {
        UInt64(count) << 56 | bytes
    }

    /// False when the name that opens `tail` (its first comma-separated part, as
    /// `Byline.Tails.firstName` cuts it) has none of the keys; true when it may. The key
    /// of a name is the word bytes of its text, folded (`TextFolding.asciiWordByte` for ASCII), and
    /// that text runs from the start of `tail` to the first comma or before: its key is a start of
    /// the folded word bytes up to the comma, which are read until `length` of them are. A byte
    /// beyond ASCII read on the way, or right after, may join, fold or end the name otherwise: then true.
    func mayHaveKey(_ tail: Substring.UTF8View) -> Bool {
        var (code, count) = (UInt64(0), 0)
        var index = tail.startIndex
        while index < tail.endIndex {
            let byte = tail[index]
            guard byte < 0x80 else { return true }
            if count == Self.length { return false }
            if byte == UInt8(ascii: ",") {
                // A comma a mark joins is no comma: the name runs on past it.
                let next = tail.index(after: index)
                return count == 0 || next < tail.endIndex && tail[next] >= 0x80
            }
            if let folded = TextFolding.asciiWordByte(byte) {
                (code, count) = (code << 8 | UInt64(folded), count + 1)
                if openings.contains(Self.code(code, count: count)) { return true }
            }
            tail.formIndex(after: &index)
        }
        // A name without a word byte has the empty key, which only a look-up can rule out.
        return count == 0
    }
}
