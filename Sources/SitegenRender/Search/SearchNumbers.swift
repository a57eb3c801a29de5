/// Whole numbers written as short runs of printable ASCII for the search index files (a posting
/// list as a JSON string, about half the bytes of a JSON array of numbers).
///
/// The alphabet is `#` to `~` without `&`, `<`, `>` and `\`: 88 characters, none of which JSON or
/// `JSONValue` escapes. A number is its base-44 digits, most significant first; the last digit is
/// one of the first 44 characters, every other digit one of the next 44, so numbers follow one
/// another with no separator (0 → `#`, 43 → `Q`, 44 → `S#`). `assets/search.js` reads them back.
enum SearchNumbers {
    static let alphabet: [UInt8] = Array(0x23...0x7E).filter { ![0x26, 0x3C, 0x3E, 0x5C].contains($0) }
    static let base = 44

    /// Appends the digits of `number` (0 or more).
    static func append(_ number: Int, to out: inout [UInt8]) {
        var digits = 1
        var power = 1
        while number / power >= base {
            power *= base
            digits += 1
        }
        var rest = number
        for place in (0..<digits).reversed() {
            let digit = rest / power
            rest %= power
            out.append(alphabet[place == 0 ? digit : base + digit])
            power /= base
        }
    }
}
