/// A glued line's characters as `GluedLineSplitter` tests them (a space, a capital, a lower-case
/// ASCII letter, a character a title cannot end on), each with where it starts in the line.
/// Simple text (`SimpleText`, most lines) is read by its scalars, each a character of its own,
/// which gives the same tests without making a `Character` of each.
struct GluedLineCharacters {
    /// What the splitter asks of one character.
    struct Traits: Equatable {
        var isSpace = false
        var isUppercase = false
        /// `a`–`z`: the letters of a particle (`van`, `de`).
        var isLowercaseASCII = false
        /// A title does not end on it: `-`, `(`, `/`, `'`, `’`, `[`, `,`, `:`, `&`, `·`.
        var joinsTitle = false
    }

    var positions: [String.Index] = []
    var traits: [Traits] = []
    var count: Int { traits.count }

    /// The characters of `line`, or nil when it has more than `limit`.
    init?(_ line: String, limit: Int) {
        if SimpleText.isSimple(line) {
            guard line.unicodeScalars.count <= limit else { return nil }
            for index in line.unicodeScalars.indices {
                positions.append(index)
                traits.append(Self.traits(of: line.unicodeScalars[index]))
            }
        } else {
            let characters = Array(line)
            guard characters.count <= limit else { return nil }
            var position = line.startIndex
            for character in characters {
                positions.append(position)
                traits.append(Self.traits(of: character))
                position = line.utf8.index(position, offsetBy: character.utf8.count)
            }
        }
    }

    private static let titleJoiners: [Character] = ["-", "(", "/", "'", "’", "[", ",", ":", "&", "·"]
    private static let asciiTitleJoiners = titleJoiners.compactMap(\.asciiValue)

    /// The traits of a character; an ASCII letter's case is read without Unicode tables.
    static func traits(of character: Character) -> Traits {
        let ascii = character.asciiValue
        return Traits(isSpace: character == " ",
                      isUppercase: ascii.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) } ?? character.isUppercase,
                      isLowercaseASCII: ascii.map { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) } ?? false,
                      joinsTitle: titleJoiners.contains(character))
    }

    /// `traits(of: Character(scalar))` of a scalar of simple text, ASCII read from its value.
    static func traits(of scalar: Unicode.Scalar) -> Traits {
        guard scalar.isASCII else { return traits(of: Character(scalar)) }
        let byte = UInt8(scalar.value)
        return Traits(isSpace: byte == UInt8(ascii: " "),
                      isUppercase: (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte),
                      isLowercaseASCII: (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte),
                      joinsTitle: asciiTitleJoiners.contains(byte))
    }
}
