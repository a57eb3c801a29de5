import Foundation

/// Case- and accent-insensitive forms of text, the basis of every comparison key in the loader.
enum TextFolding {
    /// `Gaël VAROQUAUX` → `gael varoquaux`. ASCII text (most of it) skips Foundation's folding,
    /// which costs far more than the lower-casing it amounts to there.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        // Letters that are not a base letter plus a mark, so folding leaves them: `Łukasz` is `Lukasz`.
        // Each is one scalar that no other joins or equals, so text without those scalars is kept.
        guard folded.unicodeScalars.contains(where: { letterFoldingScalars.contains($0) }) else { return folded }
        var result = ""
        for character in folded { result += letterFoldings[character] ?? String(character) }
        return result
    }

    /// The word scalars of the folded text, run together: `Extra-gradient, II` → `extragradientii`.
    /// The key of titles (`TitleKey.make`) and names (`PersonName.foldKey`).
    static func wordKey(_ text: String) -> String {
        if let ascii = asciiWordKey(text.utf8) { return ascii }
        if SimpleText.isSimple(text) { return simpleWordKey(text) }
        return foldedWordKey(text)
    }

    /// `wordKey` through Foundation's folding of the whole text: what every other path gives.
    static func foldedWordKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in fold(text).unicodeScalars where isWordScalar(scalar) { key.append(scalar) }
        return String(key)
    }

    /// `wordKey` of simple text (`SimpleText`), scalar by scalar: there each scalar is a character
    /// of its own, and folding a character does not depend on its neighbours, so the key is the
    /// keys of the scalars run together, the non-ASCII ones looked up (`simpleScalarKeys`).
    private static func simpleWordKey(_ text: String) -> String {
        var key = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if let byte = asciiWordByte(UInt8(scalar.value)) { key.unicodeScalars.append(Unicode.Scalar(byte)) }
            } else {
                key += simpleScalarKeys[simpleScalarIndex(scalar)]
            }
        }
        return key
    }

    /// The non-ASCII scalars simple text may hold: U+00A0–U+024F and U+2010–U+2027.
    private static let simpleScalarRanges: [ClosedRange<UInt32>] = [0xA0...0x24F, 0x2010...0x2027]

    /// `foldedWordKey` of each non-ASCII scalar of simple text, in `simpleScalarRanges` order.
    private static let simpleScalarKeys: [String] = simpleScalarRanges.flatMap { range in
        range.map { foldedWordKey(String(Unicode.Scalar($0)!)) }
    }

    /// Where a non-ASCII scalar of simple text is in `simpleScalarKeys`.
    @inline(__always)
    private static func simpleScalarIndex(_ scalar: Unicode.Scalar) -> Int {
        let first = simpleScalarRanges[0]
        return first.contains(scalar.value) ? Int(scalar.value - first.lowerBound)
            : first.count + Int(scalar.value - simpleScalarRanges[1].lowerBound)
    }

    /// `wordKey` of ASCII text straight from its bytes (folding is lower-casing there); nil when
    /// the text is not ASCII.
    private static func asciiWordKey(_ utf8: String.UTF8View) -> String? {
        var ascii = true
        // The key is written straight into the `String`'s storage (empty when the text is not ASCII).
        let key = String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            for byte in utf8 {
                guard byte < 0x80 else { ascii = false; return 0 }
                if let word = asciiWordByte(byte) {
                    buffer[count] = word
                    count += 1
                }
            }
            return count
        }
        return ascii ? key : nil
    }

    /// An ASCII byte as it is in folded text if it belongs to a word (a letter, lower-cased, or a
    /// digit), nil otherwise. Setting bit 0x20 lower-cases `A`–`Z` and keeps `a`–`z`, and takes
    /// no other byte into `a`–`z`: a letter is one that lands there.
    @inline(__always)
    static func asciiWordByte(_ byte: UInt8) -> UInt8? {
        let lowered = byte | 0x20
        if lowered &- UInt8(ascii: "a") < 26 { return lowered }
        return byte &- UInt8(ascii: "0") < 10 ? byte : nil
    }

    /// Lower-case letters with a stroke or ligature, and their plain spelling.
    static let letterFoldings: [Character: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th",
    ]

    /// The scalars of `letterFoldings`' letters.
    private static let letterFoldingScalars = Set(letterFoldings.keys.flatMap(\.unicodeScalars))

    /// Whether a scalar of folded text belongs to a word: a letter or a digit.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
