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
            // A scalar is at least a byte: a line of few bytes needs no counting.
            let scalars = line.unicodeScalars
            guard line.utf8.count <= limit || scalars.count <= limit else { return nil }
            positions.reserveCapacity(line.utf8.count)
            traits.reserveCapacity(line.utf8.count)
            var index = scalars.startIndex
            while index < scalars.endIndex {
                positions.append(index)
                traits.append(Self.traits(of: scalars[index]))
                scalars.formIndex(after: &index)
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
                      joinsTitle: isASCIITitleJoiner(byte))
    }

    /// Whether an ASCII byte is one of `titleJoiners`.
    @inline(__always)
    private static func isASCIITitleJoiner(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: "/"), UInt8(ascii: "'"), UInt8(ascii: "["), UInt8(ascii: ","),
             UInt8(ascii: ":"), UInt8(ascii: "&"): true
        default: false
        }
    }
}
