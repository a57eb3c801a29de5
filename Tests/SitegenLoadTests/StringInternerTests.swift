@testable import SitegenLoad
import SitegenTestSupport
import Testing

/// Interned strings (`StringInterner`) share one storage exactly when their bytes are equal:
/// canonically equivalent spellings stay apart, and no string comes back changed.
@Suite struct StringInternerTests {
    /// Where a string's bytes are stored.
    static func storage(_ string: String) -> UnsafePointer<UInt8>? {
        var string = string
        return string.withUTF8(\.baseAddress)
    }

    @Test func equalBytesShareOneStorage() {
        var generator = SplitMix(state: 41)
        let pieces = ["a", "b", "é", "e\u{301}", " ", "x", String(repeating: "y", count: 60), "1"]
        var interner = StringInterner()
        var first: [[UInt8]: String] = [:]
        for _ in 0..<20_000 {
            // Fresh storage each time, so that only interning can share it.
            let text = String(decoding: Array((0..<Int.random(in: 1...30, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined().utf8), as: UTF8.self)
            let interned = interner.intern(text)
            #expect(Array(interned.utf8) == Array(text.utf8))
            guard text.utf8.count > 15 else { continue }
            if let earlier = first[Array(text.utf8)] {
                #expect(Self.storage(interned) == Self.storage(earlier), "\(text.debugDescription)")
            } else {
                first[Array(text.utf8)] = interned
                #expect(Self.storage(interned) == Self.storage(text))
            }
        }
        #expect(first.count > 1_000)
    }
}
