/// A math font such as `\mathbb` or `\mathcal`, applied by mapping Latin letters to
/// Unicode's Mathematical Alphanumeric Symbols (`\mathbb{R}` → ℝ), which every
/// MathML renderer shows without needing font switches.
enum MathAlphabet {
    case plain, bold, doubleStruck, script, fraktur

    /// The alphabet each font macro selects.
    static let macros: [String: MathAlphabet] = [
        "mathbb": .doubleStruck, "mathcal": .script, "mathscr": .script,
        "mathbf": .bold, "boldsymbol": .bold, "bm": .bold, "mathfrak": .fraktur, "mathit": .plain,
    ]

    /// Letters that Unicode encodes in the Letterlike Symbols block instead of at
    /// their place in the Mathematical Alphanumeric Symbols block.
    private static let letterlikeExceptions: [MathAlphabet: [Character: Unicode.Scalar]] = [
        .doubleStruck: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
        .script: [
            "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
            "e": "ℯ", "g": "ℊ", "o": "ℴ",
        ],
        .fraktur: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"],
    ]

    /// Code point of this alphabet's capital A; its small a follows 26 places later.
    private var capitalA: UInt32? {
        switch self {
        case .plain: nil
        case .bold: 0x1D400
        case .doubleStruck: 0x1D538
        case .script: 0x1D49C
        case .fraktur: 0x1D504
        }
    }

    /// `letter` in this alphabet; anything but an ASCII letter is returned unchanged.
    func map(_ letter: Unicode.Scalar) -> Unicode.Scalar {
        guard let capitalA, letter.isASCII, UInt8(letter.value).isASCIILetter else { return letter }
        if let exception = Self.letterlikeExceptions[self]?[Character(letter)] { return exception }
        let offset = letter.value >= 0x61 ? letter.value - 0x61 + 26 : letter.value - 0x41
        return Unicode.Scalar(capitalA + offset) ?? letter
    }
}
