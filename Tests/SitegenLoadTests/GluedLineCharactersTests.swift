@testable import SitegenLoad
import Testing

/// A glued line read by scalars (simple text) gives the same characters and traits as read by
/// `Character`s, for every scalar simple text may hold, alone and between letters and spaces.
@Suite struct GluedLineCharactersTests {
    /// Every scalar `SimpleText` accepts.
    static let simpleScalars: [Unicode.Scalar] = ([0x09, 0x0A] + Array(0x20...0x7E) + Array(0xA0...0x24F) + Array(0x2010...0x2027))
        .compactMap(Unicode.Scalar.init).filter { SimpleText.isSimple(String($0)) }

    /// The characters and traits of `line` read as `Character`s.
    static func byCharacters(_ line: String) -> (positions: [String.Index], traits: [GluedLineCharacters.Traits]) {
        (Array(line.indices), line.map(GluedLineCharacters.traits(of:)))
    }

    @Test func everySimpleScalarHasItsCharactersTraits() {
        #expect(Self.simpleScalars.count == 552)
        for scalar in Self.simpleScalars {
            #expect(GluedLineCharacters.traits(of: scalar) == GluedLineCharacters.traits(of: Character(scalar)), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func simpleLinesReadAsTheirCharacters() throws {
        for scalar in Self.simpleScalars {
            for line in ["Ab\(scalar)Cd e\(scalar) \(scalar)", "\(scalar)", "Model\(scalar)Ann van der Lee, Bo Li · org\(scalar)"] {
                #expect(SimpleText.isSimple(line))
                let read = try #require(GluedLineCharacters(line, limit: 100))
                let expected = Self.byCharacters(line)
                #expect(read.positions == expected.positions && read.traits == expected.traits, "\(line.debugDescription)")
            }
        }
    }

    @Test func otherLinesAreReadAsCharacters() throws {
        for line in ["Cafe\u{301} Ann Lee", "Title🇫🇷Ann Lee", "Ⅻ Models\u{0D}\u{0A}Ann Lee", "Çe\u{327}Ann"] {
            let read = try #require(GluedLineCharacters(line, limit: 100))
            let expected = Self.byCharacters(line)
            #expect(read.positions == expected.positions && read.traits == expected.traits)
        }
    }

    @Test func longLinesAreNotRead() {
        #expect(GluedLineCharacters(String(repeating: "a", count: 101), limit: 100) == nil)
        #expect(GluedLineCharacters(String(repeating: "e\u{301}", count: 101), limit: 100) == nil)
        #expect(GluedLineCharacters(String(repeating: "e\u{301}", count: 100), limit: 100) != nil)
    }
}
