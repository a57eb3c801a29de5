import Foundation

/// The identity of a title for merging: case, accents, hyphenation, punctuation and spacing ignored.
enum TitleKey {
    /// `Extra-gradient with Player Sampling` → `extragradientwithplayersampling`.
    static func make(_ title: String) -> String {
        TextFolding.wordKey(title)
    }

    /// The words of a title, folded, for similarity: `Online Sinkhorn: Optimal…` → `online`, `sinkhorn`, ….
    /// A word is a run of letters and digits, with inner full stops kept (`1.5`) and a final one
    /// dropped; only words of more than `minimumLength` characters are returned.
    static func words(_ text: String, longerThan minimumLength: Int = 0) -> [String] {
        if let ascii = asciiWords(text.utf8, longerThan: minimumLength) { return ascii }
        let folded = TextFolding.fold(text)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if TextFolding.isWordScalar(scalar) || scalar == "." && !current.isEmpty {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.filter { $0.count > minimumLength }
    }

    /// `words` of ASCII text, read from its bytes (a byte is a character); nil when the text is not ASCII.
    private static func asciiWords(_ utf8: String.UTF8View, longerThan minimumLength: Int) -> [String]? {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var words: [String] = []
        var current: [UInt8] = []
        func endWord() {
            if current.last == UInt8(ascii: ".") { current.removeLast() }
            if current.count > minimumLength { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in utf8 {
            if let word = TextFolding.asciiWordByte(byte) {
                current.append(word)
            } else if byte == UInt8(ascii: "."), !current.isEmpty {
                current.append(byte)
            } else if !current.isEmpty {
                endWord()
            }
        }
        if !current.isEmpty { endWord() }
        return words
    }
}
