@testable import SitegenLoad
import SitegenSupport
import Testing

/// The fixed word lists looked up by packed bytes (`ASCIIWordList`) answer as a set of the words
/// does, for every short word over their letters and for every listed word in any case.
@Suite struct ASCIIWordListTests {
    static let lists = [PersonName.particles, PersonName.groupWords]

    /// Every word of up to three of these letters, and each listed word, lower, upper and capitalised.
    static let words: [String] = {
        let alphabet = ["a", "d", "e", "i", "l", "n", "o", "A", "E", "L", "-", "."]
        var (words, last) = ([""], [""])
        for _ in 1...3 {
            last = last.flatMap { word in alphabet.map { word + $0 } }
            words += last
        }
        let listed = lists.flatMap { $0 }
        return words + listed + listed.map { $0.uppercased() } + listed.map(\.capitalized) + listed.map { $0 + "s" }
    }()

    @Test func packedLookUpsAnswerAsTheSet() {
        for words in Self.lists {
            let list = ASCIIWordList(words)
            for word in Self.words {
                #expect(list.contains(word.utf8) == words.contains(word), "\(word)")
                #expect(list.containsLowercased(word.utf8) == words.contains(word.lowercased()), "\(word)")
            }
        }
    }
}
