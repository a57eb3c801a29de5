@testable import SitegenLoad
import SitegenTestSupport
import Testing

/// The openings of known fold keys (`NameKeyOpenings`) rule a place of a glued line out only
/// when the name there (`Byline.Tails.firstName`) is not known, over many random lines whose
/// names are often known, and rule most unknown ones out.
@Suite struct NameKeyOpeningsTests {
    /// Pieces that move where a name ends and what its key is: commas, `·`, marks, accents and
    /// stroked letters, `et al.`, particles, short names.
    static let pieces = ["e", "de", " ", "Li", "Lim", ",", ", ", "·", " · ", "\u{301}", "é", "ł", "et al.", " et al.",
                         "van der ", "Maaten", "-", ".", "O'", "Ng", "A", "x", "1", "ß"]

    @Test func onlyUnknownNamesAreRuledOut() {
        var generator = SplitMix(state: 23)
        func text(_ count: ClosedRange<Int>) -> String {
            (0..<Int.random(in: count, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
        }
        // A line is a title, then the tail a name is looked for at, from a character's start.
        let lines = (0..<30_000).map { _ in (title: text(0...3), tail: text(0...8)) }
            .filter { $0.tail.unicodeScalars.first != "\u{301}" }
        func firstName(_ line: (title: String, tail: String)) -> String? {
            let whole = line.title + line.tail
            return Byline.Tails(whole).firstName(from: whole.utf8.index(whole.startIndex, offsetBy: line.title.utf8.count))
        }
        // Known: a third of the lines' names, but for the shortest, which would rule nearly every
        // place in; and two short keys.
        let keys = Set(lines.indices.filter { $0 % 3 == 0 }.compactMap { firstName(lines[$0]) }.map(PersonName.foldKey)
            .filter { $0.utf8.count >= 3 } + ["li", "ng"])
        let openings = NameKeyOpenings(keys)
        var ruledOut = 0
        for line in lines {
            let known = firstName(line).map { keys.contains(PersonName.foldKey($0)) } ?? false
            let whole = line.title + line.tail
            let tail = whole[whole.utf8.index(whole.startIndex, offsetBy: line.title.utf8.count)...]
            if !openings.mayHaveKey(tail.utf8) {
                ruledOut += 1
                #expect(!known, "\((line.title + "|" + line.tail).debugDescription)")
            }
        }
        #expect(ruledOut > 2_000)
    }
}
