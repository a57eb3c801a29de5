@testable import SitegenLoad
import Testing

/// The fold keys every comparison in the loader uses.
@Suite struct TextFoldingTests {
    /// Simple text's key is read scalar by scalar; Foundation's folding of the whole text must
    /// agree for every non-ASCII scalar simple text may hold: alone, between letters, and next to
    /// each other one.
    @Test func simpleTextKeysAreThoseOfFoldingTheWholeText() {
        let scalars = [0xA0...0x24F, 0x2010...0x2027].flatMap { $0.map { Unicode.Scalar(UInt32($0))! } }
        var disagreements: [String] = []
        for first in scalars {
            for text in ["\(first)", "x\(first)Y", "Ab\(first)"] + scalars.map({ "\(first)\($0)" }) where SimpleText.isSimple(text) {
                if TextFolding.wordKey(text) != TextFolding.foldedWordKey(text) { disagreements.append(text) }
            }
        }
        #expect(disagreements.isEmpty)
    }

    @Test(arguments: [("Gaël VAROQUAUX", "gaelvaroquaux"), ("Łukasz Kaiser", "lukaszkaiser"), ("Søren Hauberg", "sorenhauberg"),
                      ("Extra-gradient, II", "extragradientii"), ("Straße – “x”", "strassex")])
    func wordKey(text: String, key: String) {
        #expect(TextFolding.wordKey(text) == key)
    }

    /// Every byte is a word byte exactly when it is an ASCII letter (then lower-cased) or digit.
    @Test func asciiWordBytesAreLettersAndDigits() {
        for value in 0...255 {
            let byte = UInt8(value)
            let scalar = Unicode.Scalar(byte)
            let expected: UInt8? = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
                ? UInt8(String(scalar).lowercased().utf8.first!) : nil
            #expect(TextFolding.asciiWordByte(byte) == expected, "\(value)")
        }
    }
}
