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
        if let ascii = asciiWords(text, longerThan: minimumLength) { return ascii }
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
    private static func asciiWords(_ text: String, longerThan minimumLength: Int) -> [String]? {
        var words: [String] = []
        let ascii = forEachASCIIWord(text, longerThan: minimumLength) { words.append(String(decoding: $0, as: UTF8.self)) }
        return ascii ? words : nil
    }

    /// Calls `body` with the bytes of each of `words` of ASCII text, in order, and returns true;
    /// returns false, calling nothing, when the text is not ASCII.
    static func forEachASCIIWord(_ text: String, longerThan minimumLength: Int,
                                 _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard utf8.reduce(0, |) < 0x80 else { return false }
            // Each word is folded into `word`, then handed to `body` from there.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count + 1) { word in
                var length = 0
                func endWord() {
                    if word[length - 1] == UInt8(ascii: ".") { length -= 1 }
                    if length > minimumLength { body(UnsafeBufferPointer(rebasing: word[..<length])) }
                    length = 0
                }
                for byte in utf8 {
                    if let folded = TextFolding.asciiWordByte(byte) {
                        word[length] = folded
                        length += 1
                    } else if byte == UInt8(ascii: "."), length > 0 {
                        word[length] = byte
                        length += 1
                    } else if length > 0 {
                        endWord()
                    }
                }
                if length > 0 { endWord() }
            }
            return true
        }
    }
}
