import Foundation
@testable import SitegenLoad
import Testing

/// A header number read from the bytes of ASCII text is the number Foundation's trimming and
/// replacing read, for every short text of digits, commas, spaces, tabs and a few other signs.
@Suite struct ProfileHeaderNumberTests {
    /// The reading of any text: white space trimmed, commas and narrow no-break spaces dropped.
    static func byFoundation(_ text: String, prefix: String, suffix: String) -> Int? {
        guard text.hasPrefix(prefix), text.hasSuffix(suffix), text.count > prefix.count + suffix.count else { return nil }
        let digits = text.dropFirst(prefix.count).dropLast(suffix.count)
            .trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: ",", with: "")
            .replacingOccurrences(of: "\u{202F}", with: "")
        guard !digits.isEmpty, digits.count <= 12, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    @Test func asciiNumbersReadAsFoundationReadsThem() {
        let pieces = ["0", "7", "1", ",", " ", "\t", "a", "-", "+", ".", "%", "12", "999"]
        var texts = [""]
        var last = [""]
        for _ in 1...4 {
            last = last.flatMap { text in pieces.map { text + $0 } }
            texts += last
        }
        texts += ["1,024", "20,263", " 27 ", "1234567890123", "123456789012", "1,2,3,4,5,6,7,8,9,0,1,2", "1,2,3,4,5,6,7,8,9,0,1,2,3"]
        for text in texts {
            for (prefix, suffix) in [("h-index", ""), ("", "citations"), ("", " Papers"), ("AI Score", "")] {
                let line = prefix + text + suffix
                #expect(ProfileHeader.number(in: line, prefix: prefix, suffix: suffix) == Self.byFoundation(line, prefix: prefix, suffix: suffix),
                        "\(line.debugDescription)")
            }
        }
    }
}
