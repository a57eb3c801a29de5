import Foundation
import SitegenModel
import SitegenSupport

/// What a person's (or group author's) name looks like, and how spellings of one name compare.
enum PersonName {
    /// Lower-case words that sit inside names in many languages (`Diego de las Casas`).
    static let particles: Set<String> = [
        "de", "del", "della", "der", "des", "di", "da", "das", "do", "dos", "du", "la", "las", "le", "les",
        "lo", "van", "von", "den", "ten", "ter", "te", "zu", "zur", "y", "e", "i", "bin", "binti", "ibn",
        "al", "el", "af", "av", "op", "het", "vom", "dei", "degli",
    ]

    /// `particles` looked up by the bytes of an ASCII word.
    static let particleList = ASCIIWordList(particles)

    /// The length of the longest particle, in characters.
    static let longestParticle = particles.map(\.count).max()!

    /// Words that mark a group author (`Gemini Team`, `BigScience Workshop`, `Mistral-AI`).
    static let groupWords: Set<String> = [
        "team", "workshop", "consortium", "collaboration", "project", "initiative", "group", "lab", "labs",
        "laboratory", "institute", "ai", "inc", "inc.", "ltd", "society", "committee", "association",
        "network", "alliance", "foundation", "research", "community", "contributors", "authors", "org",
    ]

    /// `groupWords` looked up by the bytes of an ASCII word.
    private static let groupWordList = ASCIIWordList(groupWords)

    /// Prefixes after which a capital inside a surname is normal (`McDonald`, `LeCun`, `DeVries`, `O'Neil`).
    static let innerCapitalPrefixes = ["Mc", "Mac", "De", "Le", "La", "Di", "Da", "Van", "Von", "Du", "Fitz", "O'", "D'", "L'"]

    /// `Mensch, Arthur` → `Arthur Mensch`; `de la Torre, Fernando` → `Fernando de la Torre`;
    /// `King, Martin Luther, Jr.` → `Martin Luther King Jr.` (`NameSuffix`). Other names, such as
    /// `Martin Luther King, Jr.`, come back unchanged.
    static func naturalOrder(_ name: String) -> String {
        guard name.utf8.contains(UInt8(ascii: ",")) else { return name }
        var parts = name.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
        let suffix = parts.count == 3 && NameSuffix.isSuffix(parts[2]) ? " " + parts.removeLast() : ""
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !NameSuffix.isSuffix(parts[1]) else { return name }
        return "\(parts[1]) \(parts[0])" + suffix
    }

    /// The identity of a spelling: accents folded, case, hyphens, spaces and punctuation ignored.
    /// `Carles Domingo-Enrich`, `Carles Domingo Enrich` and `carles domingo enrich` share one key.
    static func foldKey(_ name: String) -> String {
        TextFolding.wordKey(naturalOrder(name))
    }

    /// How much `text` looks like one author's name: nil when it cannot be one, otherwise a
    /// plausibility score (higher is more name-like). Group authors count as names.
    ///
    /// `strict` is for a first author glued to a title, where a capital inside a word usually
    /// means the title ends there (`SuiteYuval`); elsewhere capitals inside given names are
    /// allowed (`HyoukJoong Lee`).
    static func plausibility(_ text: String, strict: Bool = false) -> Int? {
        // A character is at least a byte: short text needs no counting, long text (an abstract
        // read as a byline) is counted no further than the limit, and not split.
        guard text.utf8.count <= 60 || text.prefix(61).count <= 60 else { return nil }
        // Simple text (most names) is split at its space bytes, which are its space characters
        // (`SimpleText`); an ASCII word is tested in its bytes, with no `String` made of it.
        // Its words are held on the stack, no more than a name can have and one (more are not cut).
        if SimpleText.isSimple(text) {
            var text = text
            return text.withUTF8 { bytes in
                withUnsafeTemporaryAllocation(of: SimpleNameWord.self, capacity: 7) { words in
                    let count = spaceSeparatedWords(of: bytes, into: UnsafeMutableBufferPointer(rebasing: words[...]))
                    defer { words.baseAddress!.deinitialize(count: count) }
                    return plausibility(of: UnsafeBufferPointer(rebasing: words[..<count]), strict: strict)
                }
            }
        }
        return plausibility(of: text.split(separator: " ").map(String.init), strict: strict)
    }

    /// Puts the words of `bytes` (runs of bytes other than a space, as `split(separator:)` cuts
    /// them) into `words`, in order, until it is full; returns how many it holds.
    static func spaceSeparatedWords(of bytes: UnsafeBufferPointer<UInt8>, into words: UnsafeMutableBufferPointer<SimpleNameWord>) -> Int {
        var (count, start) = (0, 0)
        while count < words.count {
            while start < bytes.count && bytes[start] == UInt8(ascii: " ") { start += 1 }
            guard start < bytes.count else { break }
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: " ") { end += 1 }
            words.initializeElement(at: count, to: SimpleNameWord(bytes[start..<end]))
            (count, start) = (count + 1, end)
        }
        return count
    }

    /// `plausibility` of a text split into `tokens` at its spaces.
    private static func plausibility<Tokens: RandomAccessCollection>(of tokens: Tokens, strict: Bool) -> Int? where Tokens.Element: NameWord {
        guard !tokens.isEmpty, tokens.count <= 6 else { return nil }
        if tokens.contains(where: \.isGroupMarker) {
            // A group author: a few capitalised words, inner capitals allowed (`BigScience Workshop`,
            // `OpenAI`). Glued to a title it must open with a capital then a lower-case letter, so
            // a cut inside an acronym (`G` + `PT Technical ReportOpenAI`) is no group.
            guard tokens.count <= 4, tokens.allSatisfy(\.isGroupWord) else { return nil }
            if strict, let first = tokens.first, !first.hasLowercaseSecond { return nil }
            return 1
        }
        guard tokens.count >= 2 else { return nil }
        guard let first = tokens.first, first.isCapitalised(strict: strict) || first.isInitials else { return nil }
        for token in tokens.dropFirst() where !token.isParticle && !token.isInitials {
            guard token.isCapitalised(strict: strict) else { return nil }
        }
        // The last word is a surname: not an initial, not a particle.
        guard let last = tokens.last, last.isCapitalised(strict: strict) else { return nil }
        return tokens.count > 4 ? 2 : 3
    }

    /// A word that makes a name a group's: `Team`, `Workshop`, `Mistral-AI`, `OpenAI`.
    static func isGroupMarker(_ token: String) -> Bool {
        if isASCII(token) { return isASCIIGroupMarker(token.utf8) }
        if groupWords.contains(token.lowercased()) { return true }
        // Without a hyphen the only part is the token itself, tested above.
        if token.utf8.contains(UInt8(ascii: "-")),
           token.split(separator: "-").contains(where: { groupWords.contains($0.lowercased()) }) { return true }
        // A camel-case word ending in an upper-case group word (`OpenAI`, `StabilityAI`).
        let upperTail = uppercaseTail(of: token)
        return upperTail.count >= 2 && upperTail.count < token.count && groupWords.contains(upperTail.lowercased())
    }

    /// `isGroupMarker` of an ASCII word, read from its bytes (a byte is a character).
    static func isASCIIGroupMarker<Bytes: BidirectionalCollection<UInt8>>(_ token: Bytes) -> Bool {
        if groupWordList.containsLowercased(token) { return true }
        if token.contains(UInt8(ascii: "-")),
           token.split(separator: UInt8(ascii: "-")).contains(where: groupWordList.containsLowercased) { return true }
        let tail = token.reversed().prefix { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }.count
        return tail >= 2 && tail < token.count && groupWordList.containsLowercased(token.suffix(tail))
    }

    /// `isGroupMarker` of a word of simple text (`SimpleText`) that is not ASCII, read from its
    /// bytes. No scalar of simple text beyond ASCII lower-cases to ASCII, and every group word is
    /// ASCII: so the word itself is none, and only its ASCII parts between hyphens, or the ASCII
    /// capitals that end it, can be one. Those capitals are its upper-case tail unless the
    /// character before them (a scalar of its own) is upper case too, when the tail is not ASCII.
    static func isSimpleGroupMarker(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if token.split(separator: UInt8(ascii: "-")).contains(where: { $0.allSatisfy { $0 < 0x80 } && groupWordList.containsLowercased($0) }) {
            return true
        }
        let tail = token.reversed().prefix(while: isUpper).count
        guard tail >= 2, groupWordList.containsLowercased(token.suffix(tail)) else { return false }
        let before = String(decoding: UnsafeBufferPointer(rebasing: token.dropLast(tail)), as: UTF8.self).unicodeScalars.last!
        return !Character(before).isUppercase
    }

    /// Whether `text` is ASCII, where each byte is a character and the tests of a word can read bytes.
    @inline(__always)
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    @inline(__always)
    static func isUpper(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }

    @inline(__always)
    static func isLower(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }

    /// The upper-case letters that end `token` (`OpenAI` → `AI`); read from the bytes when the
    /// token is printable ASCII, where upper case means `A`–`Z`.
    private static func uppercaseTail(of token: String) -> String {
        guard token.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
            return String(token.reversed().prefix(while: \.isUppercase).reversed())
        }
        let length = token.utf8.reversed().prefix { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }.count
        return String(token.utf8.suffix(length))!
    }

    /// `Q.`, `J.-P.`, `A.B.`: initials with periods.
    static func isInitials(_ token: String) -> Bool {
        if isASCII(token) { return isASCIIInitials(token.utf8) }
        guard token.hasSuffix(".") else { return false }
        let letters = token.filter { $0.isLetter }
        return !letters.isEmpty && letters.count <= 3 && letters.allSatisfy(\.isUppercase)
            && token.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
    }

    /// `isInitials` of an ASCII word, read from its bytes.
    static func isASCIIInitials(_ token: some Collection<UInt8>) -> Bool {
        var (letters, uppercase, last) = (0, true, UInt8(0))
        for byte in token {
            if isUpper(byte) || isLower(byte) {
                letters += 1
                uppercase = uppercase && isUpper(byte)
            } else if byte != UInt8(ascii: ".") && byte != UInt8(ascii: "-") {
                return false
            }
            last = byte
        }
        return last == UInt8(ascii: ".") && letters > 0 && letters <= 3 && uppercase
    }

    /// `Gaël`, `Jean-Baptiste`, `Seo-yeon`, `LeCun`, `O'Neil`, `Arandjelović`: a capital, then
    /// lower-case letters; hyphenated parts; inner capitals only after the usual surname prefixes.
    /// Read from the scalars, or from the bytes of an ASCII word (a byte is then a character).
    static func isCapitalisedWord(_ token: String, strict: Bool = true) -> Bool {
        if isASCII(token) { return isASCIICapitalisedWord(token.utf8, strict: strict) }
        return isCapitalisedWord(token.unicodeScalars, strict: strict, hyphen: "-", prefixes: innerCapitalPrefixScalars,
                                 letterCase: LetterCase.init, isApostrophe: isApostrophe)
    }

    /// `isCapitalisedWord` of a word of simple text (`SimpleText`) that is not ASCII, from its
    /// bytes: its scalars (each a character of its own) decoded onto the stack and read there,
    /// the same scalars the `String`'s view gives, without that view's index arithmetic.
    static func isSimpleCapitalisedWord(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, strict: Bool) -> Bool {
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: bytes.count) { scalars in
            var (count, decoder, iterator) = (0, UTF8(), bytes.makeIterator())
            while case .scalarValue(let scalar) = decoder.decode(&iterator) {
                scalars.initializeElement(at: count, to: scalar)
                count += 1
            }
            return isCapitalisedWord(UnsafeBufferPointer(rebasing: scalars[..<count]), strict: strict, hyphen: "-",
                                     prefixes: innerCapitalPrefixScalars, letterCase: LetterCase.init, isApostrophe: isApostrophe)
        }
    }

    /// An apostrophe inside a name (`O'Neil`, `D’Amico`).
    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" }

    /// `isCapitalisedWord` of an ASCII word, read from its bytes.
    static func isASCIICapitalisedWord(_ token: some Collection<UInt8>, strict: Bool) -> Bool {
        isCapitalisedWord(token, strict: strict, hyphen: UInt8(ascii: "-"), prefixes: innerCapitalPrefixBytes,
                          letterCase: LetterCase.init(ascii:), isApostrophe: { $0 == UInt8(ascii: "'") })
    }

    /// `innerCapitalPrefixes` as scalars and as bytes (being ASCII, each spelling is the only one
    /// canonically equivalent to it).
    private static let innerCapitalPrefixScalars = innerCapitalPrefixes.map { Array($0.unicodeScalars) }
    private static let innerCapitalPrefixBytes = innerCapitalPrefixes.map { Array($0.utf8) }

    /// `isCapitalisedWord` of a word's elements (scalars, or ASCII bytes); `prefixes` are
    /// `innerCapitalPrefixes` in the same elements.
    private static func isCapitalisedWord<Word: Collection>(_ word: Word, strict: Bool, hyphen: Word.Element, prefixes: [[Word.Element]],
                                                           letterCase: (Word.Element) -> LetterCase,
                                                           isApostrophe: (Word.Element) -> Bool) -> Bool where Word.Element: Equatable {
        // The parts between hyphens, one after the other (not split into an array first).
        let onePart = !word.contains(hyphen)
        var (partStart, index) = (word.startIndex, 0)
        while true {
            let partEnd = word[partStart...].firstIndex(of: hyphen) ?? word.endIndex
            let part = word[partStart..<partEnd]
            // After a hyphen a lower-case part is a romanised given name (`Seo-yeon`, `Min-jun`).
            guard let first = part.first, letterCase(first) == .upper || (index > 0 && letterCase(first) == .lower),
                  part.count >= 2 || part.count == 1 && onePart else {
                return false
            }
            var previousWasApostrophe = false
            var previousWasUppercase = true
            var offset = 0
            for element in part.dropFirst() {
                offset += 1
                if isApostrophe(element) {
                    previousWasApostrophe = true
                    continue
                }
                let elementCase = letterCase(element)
                guard elementCase != .none else { return false }
                if elementCase == .upper && !previousWasApostrophe {
                    // `LeCun` anywhere; `HyoukJoong` only outside strict mode; never two capitals in a row.
                    guard !previousWasUppercase, !strict || prefixes.contains(where: { $0.elementsEqual(part.prefix(offset)) }) else {
                        return false
                    }
                }
                previousWasApostrophe = false
                previousWasUppercase = elementCase == .upper
            }
            guard !previousWasApostrophe else { return false }
            guard partEnd < word.endIndex else { return true }
            (partStart, index) = (word.index(after: partEnd), index + 1)
        }
    }

    /// The case of a letter, found without Unicode tables for ASCII and from a table made once for
    /// the Latin letters after it; combining marks count as lower case (they continue the letter before them).
    enum LetterCase {
        case upper, lower, none

        init(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                self.init(ascii: UInt8(scalar.value))
            } else if scalar.value <= 0x24F {
                self = Self.latin[Int(scalar.value) - 0x80]
            } else {
                self.init(properties: scalar)
            }
        }

        /// The case of U+0080–U+024F (Latin-1, Latin Extended-A and -B: the letters most names
        /// use beyond ASCII), looked up once from the scalars' properties, not on every letter.
        private static let latin = (0x80...0x24F).map { LetterCase(properties: Unicode.Scalar($0)!) }

        /// The case read from the scalar's Unicode properties.
        private init(properties scalar: Unicode.Scalar) {
            if scalar.properties.isUppercase {
                self = .upper
            } else if scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark {
                self = .lower
            } else {
                self = .none
            }
        }

        init(ascii byte: UInt8) {
            self = PersonName.isUpper(byte) ? .upper : PersonName.isLower(byte) ? .lower : .none
        }
    }

    /// A word of a group author's name: starts with a capital; letters, inner capitals and
    /// hyphens allowed.
    static func isGroupWord(_ token: String) -> Bool {
        if isASCII(token) { return isASCIIGroupWord(token.utf8) }
        guard let first = token.first, first.isUppercase else { return false }
        return token.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." || $0 == "&" }
    }

    /// `isGroupWord` of an ASCII word, read from its bytes.
    static func isASCIIGroupWord(_ token: some Collection<UInt8>) -> Bool {
        guard let first = token.first, isUpper(first) else { return false }
        return token.allSatisfy { isUpper($0) || isLower($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "&") }
    }
}
