@testable import SitegenLoad
import Testing

/// A word of ASCII text tested from its bytes (`ASCIINameWord`) answers as the same word tested
/// as a `String`, for every short word over letters and the signs names use.
@Suite struct NameWordTests {
    /// Every word of up to four of these, and some longer words of names.
    static let words: [String] = {
        let alphabet = ["A", "I", "T", "Z", "a", "d", "e", "i", "l", "n", "v", "z", ".", "-", "'", "&", "1"]
        var words = [""]
        var last = [""]
        for _ in 1...4 {
            last = last.flatMap { word in alphabet.map { word + $0 } }
            words += last
        }
        return words + ["Team", "OpenAI", "StabilityAI", "Mistral-AI", "BigScience", "LeCun", "McDonald", "O'Neil", "J.-P.",
                        "Seo-yeon", "HyoukJoong", "van", "der", "degli", "binti", "Workshop", "inc.", "A.B.", "ABCD."]
    }()

    @Test func asciiWordsAnswerAsStrings() {
        #expect(Self.words.count > 80_000)
        for word in Self.words {
            var bytes = word
            bytes.withUTF8 { utf8 in
                let ascii = ASCIINameWord(utf8[...])
                #expect(ascii.isGroupMarker == word.isGroupMarker, "\(word)")
                #expect(ascii.isGroupWord == word.isGroupWord, "\(word)")
                #expect(ascii.isInitials == word.isInitials, "\(word)")
                #expect(ascii.isParticle == word.isParticle, "\(word)")
                #expect(ascii.hasLowercaseSecond == word.hasLowercaseSecond, "\(word)")
                #expect(ascii.isCapitalised(strict: true) == word.isCapitalised(strict: true), "\(word)")
                #expect(ascii.isCapitalised(strict: false) == word.isCapitalised(strict: false), "\(word)")
            }
        }
    }
}
