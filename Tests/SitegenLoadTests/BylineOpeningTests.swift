@testable import SitegenLoad
import SitegenTestSupport
import Testing

/// A byline's first name read from its ASCII opening (`Byline.asciiFirstName`), and
/// `Byline.ifNames` that answers from it, agree with the whole byline split, for every
/// short text over the signs that decide where names end, and many random longer ones.
@Suite struct BylineOpeningTests {
    /// Pieces that move the cuts: commas, spaces, `·`, a mark joining a comma, CR, `et al.`,
    /// accented and plain letters, whole names and prose.
    static let pieces = [",", " ", "·", " · ", "\u{301}", "\r", "é", "a", "B", "et al.", " et al.", "Ann Lee", "Bo",
                         "van der Berg", "We propose a method for", "Łukasz Kaiser", "Team", "J.", "-", ".", ", "]

    /// Every text of up to three pieces, then random texts of up to twelve.
    static let texts: [String] = {
        var texts = [""]
        var last = [""]
        for _ in 1...3 {
            last = last.flatMap { text in pieces.map { text + $0 } }
            texts += last
        }
        var random = SplitMix(state: 19)
        for _ in 0..<20_000 {
            texts.append((0..<Int.random(in: 1...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        return texts
    }()

    @Test func asciiOpeningGivesTheFirstName() {
        var answered = 0
        for text in Self.texts {
            guard let first = Byline.asciiFirstName(of: text) else { continue }
            answered += 1
            #expect(first == Byline(text).names.first, "\(text.debugDescription)")
        }
        #expect(answered > 2_000)
    }

    @Test func ifNamesReadsAsTheWholeByline() {
        for text in Self.texts {
            let byline = Byline(text)
            #expect(Byline.ifNames(text) == (byline.looksLikeNames ? byline : nil), "\(text.debugDescription)")
        }
    }
}
