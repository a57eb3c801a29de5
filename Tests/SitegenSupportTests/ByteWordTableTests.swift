import SitegenSupport
import SitegenTestSupport
import Testing

/// Words numbered by their bytes (`ByteWordTable`) get the numbers a dictionary of the same words
/// gives, through many insertions (the table grows) and look-ups of words seen and unseen.
@Suite struct ByteWordTableTests {
    @Test func numbersWordsAsADictionaryDoes() {
        var generator = SplitMix(state: 11)
        var table = ByteWordTable()
        var dictionary: [[UInt8]: Int32] = [:]
        for step in 0..<60_000 {
            // Short words over few letters recur often; longer ones rarely.
            let length = Int.random(in: 0...(step % 3 == 0 ? 12 : 3), using: &generator)
            let word = (0..<length).map { _ in UInt8.random(in: UInt8(ascii: "a")...UInt8(ascii: "f"), using: &generator) }
            let fresh = Int32(dictionary.count)
            let (value, inserted) = word.withUnsafeBufferPointer { table.value(for: $0, inserting: fresh) }
            if let known = dictionary[word] {
                #expect(value == known && !inserted, "\(word)")
            } else {
                dictionary[word] = fresh
                #expect(value == fresh && inserted, "\(word)")
            }
        }
        #expect(dictionary.count > 10_000)
    }
}
